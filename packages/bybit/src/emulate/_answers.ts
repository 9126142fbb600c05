import type { EmulationBalance, EmulationOrder, WireResponse } from '@signet/core'

// Answers shaped as docs/spec/bybit.md ("Emulated endpoints") cites: the V5 docs' response examples.

/** Bybit's envelope: `{ retCode, retMsg, result, retExtInfo, time }`, HTTP 200 for business errors too. @internal */
export const envelope = (
  time: number,
  result: unknown,
  retCode = 0,
  retMsg = 'OK',
  status = 200,
): WireResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ retCode, retMsg, result, retExtInfo: {}, time }),
})

const STATUS = { open: 'New', filled: 'Filled', canceled: 'Cancelled' } as const
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** One order of GET /v5/order/realtime's `list`. @internal */
export function orderAnswer(o: EmulationOrder) {
  const filled = o.status === 'filled'
  const qty = o.quantity
  const price = o.price ?? '0'
  return {
    orderId: o.id,
    orderLinkId: o.clientOrderId ?? '',
    blockTradeId: '',
    symbol: o.symbol,
    price,
    qty,
    side: cap(o.side),
    isLeverage: '',
    positionIdx: 0,
    orderStatus: STATUS[o.status],
    cancelType: o.status === 'canceled' ? 'CancelByUser' : 'UNKNOWN',
    rejectReason: 'EC_NoError',
    avgPrice: filled ? (o.fillPrice ?? '0') : '0',
    leavesQty: o.status === 'open' ? qty : '0',
    leavesValue: o.status === 'open' ? String(Number(qty) * Number(price)) : '0',
    cumExecQty: filled ? qty : '0',
    cumExecValue: filled ? String(Number(qty) * Number(o.fillPrice)) : '0',
    cumExecFee: '0',
    timeInForce: o.params.timeInForce ?? (o.type === 'market' ? 'IOC' : 'GTC'),
    orderType: cap(o.type),
    stopOrderType: 'UNKNOWN',
    orderIv: '',
    triggerPrice: '0',
    takeProfit: '0',
    stopLoss: '0',
    tpTriggerBy: '',
    slTriggerBy: '',
    triggerDirection: 0,
    triggerBy: 'UNKNOWN',
    lastPriceOnCreated: '',
    reduceOnly: false,
    closeOnTrigger: false,
    smpType: 'None',
    smpGroup: 0,
    smpOrderId: '',
    tpslMode: '',
    tpLimitPrice: '',
    slLimitPrice: '',
    placeType: '',
    createdTime: String(o.createdAt),
    updatedTime: String(o.updatedAt),
    // A map of fee coin to fee, like the docs' `{ "MNT": "0.00242968" }`.
    cumFeeDetail: { [o.symbol.endsWith('USDC') ? 'USDC' : 'USDT']: '0' },
  }
}

/** GET /v5/account/wallet-balance's one unified account. @internal */
export function walletAnswer(balances: readonly EmulationBalance[]) {
  const total = (b: EmulationBalance) => String(Number(b.free) + Number(b.locked))
  return {
    list: [
      {
        totalEquity: '0',
        accountIMRate: '0',
        accountIMRateByMp: '0',
        totalMarginBalance: '0',
        totalInitialMargin: '0',
        totalInitialMarginByMp: '0',
        accountType: 'UNIFIED',
        totalAvailableBalance: '0',
        accountMMRate: '0',
        accountMMRateByMp: '0',
        totalPerpUPL: '0',
        totalWalletBalance: '0',
        accountLTV: '0',
        totalMaintenanceMargin: '0',
        totalMaintenanceMarginByMp: '0',
        coin: balances.map((b) => ({
          availableToBorrow: '0',
          bonus: '0',
          accruedInterest: '0',
          availableToWithdraw: b.free,
          totalOrderIM: '0',
          equity: total(b),
          totalPositionMM: '0',
          usdValue: '0',
          spotHedgingQty: '0',
          unrealisedPnl: '0',
          collateralSwitch: true,
          borrowAmount: '0',
          totalPositionIM: '0',
          walletBalance: total(b),
          cumRealisedPnl: '0',
          locked: b.locked,
          marginCollateral: true,
          coin: b.asset,
          spotBorrow: '0',
        })),
      },
    ],
  }
}
