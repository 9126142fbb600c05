import type { EmulationBalance, EmulationFailure, EmulationOrder } from '@signet/core'

// Answers shaped as docs/spec/hyperliquid.md "Emulated endpoints" cites: the Exchange and Info endpoint pages.

/** The perpetuals the emulator lists: asset id → coin and size decimals (spec hyperliquid.md "Emulated endpoints"). @internal */
export const PERPS: Readonly<Record<string, { coin: string; szDecimals: number }>> = {
  '0': { coin: 'BTC', szDecimals: 5 },
  '1': { coin: 'ETH', szDecimals: 4 },
  '5': { coin: 'SOL', szDecimals: 2 },
}

// Spot token indices (spotMeta): USDC is token 0; the others are the emulator's own numbering (assumed).
const TOKENS: Readonly<Record<string, number>> = { USDC: 0, BTC: 197, ETH: 221, SOL: 254 }

/** The per-order error text of a refused order or cancel (spec hyperliquid.md "Emulated endpoints"). @internal */
export function orderError({ failure, param }: EmulationFailure): string {
  switch (failure) {
    case 'order-not-found':
      return 'Order was never placed, already canceled, or filled.'
    case 'duplicate-order':
      return 'Duplicate cloid.'
    case 'insufficient-balance':
      return 'Insufficient margin to place order.'
    case 'bad-parameter':
      if (param === 'price') return 'Price must be divisible by tick size.'
      // The emulator's own words: it places limit orders only.
      if (param === 't') return 'The emulator does not serve trigger orders.'
      return 'Order must have minimum value of $10.'
  }
}

const cloidOf = (o: EmulationOrder) =>
  o.clientOrderIdGiven && o.clientOrderId !== undefined ? { cloid: o.clientOrderId } : {}

/** One status of an `order` action's answer: resting, filled, or the error. @internal */
export function orderStatus(result: EmulationOrder | EmulationFailure): Record<string, unknown> {
  if ('failure' in result) return { error: orderError(result) }
  const oid = Number(result.id)
  if (result.status === 'filled')
    return { filled: { totalSz: result.quantity, avgPx: result.fillPrice, oid, ...cloidOf(result) } }
  return { resting: { oid, ...cloidOf(result) } }
}

const side = (o: EmulationOrder) => (o.side === 'buy' ? 'B' : 'A')
const coin = (o: EmulationOrder) => PERPS[o.symbol]?.coin ?? o.symbol
const remaining = (o: EmulationOrder) => (o.status === 'filled' ? '0.0' : o.quantity)

// The keys an order has in every read, in Hyperliquid's order.
const orderHead = (o: EmulationOrder) => ({
  coin: coin(o),
  side: side(o),
  limitPx: o.price ?? o.fillPrice ?? '0.0',
  sz: remaining(o),
  oid: Number(o.id),
  timestamp: o.createdAt,
})

/** One order of `openOrders`. @internal */
export function openOrder(o: EmulationOrder) {
  return { ...orderHead(o), origSz: o.quantity, ...cloidOf(o) }
}

/** The `orderStatus` answer for a found order. @internal */
export function orderStatusAnswer(o: EmulationOrder) {
  return {
    status: 'order',
    order: {
      order: {
        ...orderHead(o),
        triggerCondition: 'N/A',
        isTrigger: false,
        triggerPx: '0.0',
        children: [],
        isPositionTpsl: false,
        // The emulator keeps no reduce-only flag and places only Gtc/Alo (as Gtc) limits and Ioc (market) orders.
        reduceOnly: false,
        orderType: o.type === 'market' ? 'Market' : 'Limit',
        origSz: o.quantity,
        tif: o.type === 'market' ? 'Ioc' : 'Gtc',
        cloid: o.clientOrderIdGiven ? (o.clientOrderId ?? null) : null,
      },
      status: o.status,
      statusTimestamp: o.updatedAt,
    },
  }
}

const total = (b: EmulationBalance) => String(Number(b.free) + Number(b.locked))

/** `spotClearinghouseState`: every asset the account holds, with what open orders hold. @internal */
export function spotBalances(balances: readonly EmulationBalance[]) {
  return {
    balances: balances.map((b) => ({
      coin: b.asset,
      token: TOKENS[b.asset] ?? 0,
      hold: b.locked,
      total: total(b),
      entryNtl: '0.0',
    })),
  }
}

/** `clearinghouseState`: the USDC margin account (no positions: the emulator moves balances on fills). @internal */
export function perpState(balances: readonly EmulationBalance[], time: number) {
  const usdc = balances.find((b) => b.asset === 'USDC') ?? { asset: 'USDC', free: '0', locked: '0' }
  const value = total(usdc)
  const summary = {
    accountValue: value,
    totalNtlPos: '0.0',
    totalRawUsd: value,
    totalMarginUsed: usdc.locked,
  }
  return {
    marginSummary: summary,
    crossMarginSummary: summary,
    crossMaintenanceMarginUsed: '0.0',
    withdrawable: usdc.free,
    assetPositions: [],
    time,
  }
}
