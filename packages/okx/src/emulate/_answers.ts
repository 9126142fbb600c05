import type { EmulationBalance, EmulationOrder, WireResponse } from '@signet/core'

// Answers shaped as docs/spec/okx.md ("Emulated endpoints") cites: the docs-v5 response examples.

/** OKX's envelope `{ code, msg, data }`; order operations add `inTime`/`outTime` (µs). @internal */
export function envelope(data: unknown[], code = '0', msg = '', timed?: number, status = 200): WireResponse {
  const body: Record<string, unknown> = { code, msg, data }
  if (timed !== undefined)
    Object.assign(body, { inTime: String(timed * 1000), outTime: String(timed * 1000 + 1500) })
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

const STATE = { open: 'live', filled: 'filled', canceled: 'canceled' } as const

/** One order of GET /api/v5/trade/order and orders-pending. @internal */
export function orderAnswer(o: EmulationOrder) {
  const filled = o.status === 'filled'
  const [base] = o.symbol.split('-')
  return {
    accFillSz: filled ? o.quantity : '0',
    algoClOrdId: '',
    algoId: '',
    attachAlgoClOrdId: '',
    attachAlgoOrds: [],
    avgPx: filled ? (o.fillPrice ?? '') : '',
    cTime: String(o.createdAt),
    cancelSource: o.status === 'canceled' ? '1' : '',
    cancelSourceReason: o.status === 'canceled' ? 'Order canceled by user' : '',
    category: 'normal',
    ccy: '',
    clOrdId: o.clientOrderId ?? '',
    fee: '0',
    feeCcy: base ?? '',
    fillPx: filled ? (o.fillPrice ?? '') : '',
    fillSz: filled ? o.quantity : '0',
    fillTime: filled ? String(o.updatedAt) : '',
    instId: o.symbol,
    instType: 'SPOT',
    isTpLimit: 'false',
    lever: '',
    linkedAlgoOrd: { algoId: '' },
    ordId: o.id,
    ordType: o.type,
    pnl: '0',
    posSide: 'net',
    px: o.price ?? '',
    pxType: '',
    pxUsd: '',
    pxVol: '',
    quickMgnType: '',
    rebate: '0',
    rebateCcy: o.symbol.split('-')[1] ?? '',
    reduceOnly: 'false',
    side: o.side,
    slOrdPx: '',
    slTriggerPx: '',
    slTriggerPxType: '',
    source: '',
    state: STATE[o.status],
    stpId: '',
    stpMode: '',
    sz: o.quantity,
    tag: o.params.tag ?? '',
    tdMode: o.params.tdMode ?? 'cash',
    tgtCcy: o.params.tgtCcy ?? '',
    tpOrdPx: '',
    tpTriggerPx: '',
    tpTriggerPxType: '',
    tradeId: filled ? o.id : '',
    uTime: String(o.updatedAt),
  }
}

/** GET /api/v5/account/balance: one account with a `details` entry per currency. @internal */
export function balanceAnswer(balances: readonly EmulationBalance[], now: number) {
  const details = balances.map((b) => {
    const eq = String(Number(b.free) + Number(b.locked))
    return {
      availBal: b.free,
      availEq: b.free,
      borrowFroz: '0',
      cashBal: eq,
      ccy: b.asset,
      crossLiab: '0',
      disEq: eq,
      eq,
      eqUsd: eq,
      fixedBal: '0',
      frozenBal: b.locked,
      imr: '',
      interest: '0',
      isoEq: '0',
      isoLiab: '0',
      isoUpl: '0',
      liab: '0',
      maxLoan: '0',
      mgnRatio: '',
      mmr: '',
      notionalLever: '',
      ordFrozen: b.locked,
      rewardBal: '0',
      spotInUseAmt: '',
      spotIsoBal: '0',
      stgyEq: '0',
      twap: '0',
      uTime: String(now),
      upl: '0',
      uplLiab: '0',
    }
  })
  return {
    adjEq: '',
    borrowFroz: '0',
    details,
    imr: '',
    isoEq: '0',
    mgnRatio: '',
    mmr: '',
    notionalUsd: '0',
    ordFroz: '0',
    totalEq: '0',
    uTime: String(now),
    upl: '0',
  }
}
