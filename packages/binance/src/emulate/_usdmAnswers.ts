import type { EmulationBalance, EmulationOrder } from '@signet/core'

// USDⓈ-M answers shaped as docs/spec/binance.md "Emulated endpoints" cites: the derivatives trading pages' examples.

const STATUS = { open: 'NEW', filled: 'FILLED', canceled: 'CANCELED' } as const

// Futures write prices and quantities as given, and averages with 5 decimals ("avgPrice": "0.00000").
const num = (value: string | number | undefined) => String(Number(value ?? 0))

/** The fields every USDⓈ-M order answer shares (New Order, Cancel Order, Query Order). @internal */
function orderFields(o: EmulationOrder) {
  const filled = o.status === 'filled'
  const type = o.type.toUpperCase()
  return {
    avgPrice: Number(filled ? o.fillPrice : 0).toFixed(5),
    clientOrderId: o.clientOrderId ?? '',
    cumQuote: num(filled ? Number(o.quantity) * Number(o.fillPrice) : 0),
    executedQty: num(filled ? o.quantity : 0),
    orderId: Number(o.id),
    origQty: num(o.quantity),
    origType: type,
    price: num(o.price),
    reduceOnly: o.params.reduceOnly === 'true',
    side: o.side.toUpperCase(),
    positionSide: o.params.positionSide ?? 'BOTH',
    status: STATUS[o.status],
    stopPrice: '0',
    closePosition: false,
    symbol: o.symbol,
    timeInForce: o.params.timeInForce ?? 'GTC',
    type,
    updateTime: o.updatedAt,
    workingType: 'CONTRACT_PRICE',
    priceProtect: false,
    priceMatch: 'NONE',
    selfTradePreventionMode: 'NONE',
    goodTillDate: 0,
  }
}

/** POST and DELETE /fapi/v1/order. @internal */
export function usdmOrderAnswer(o: EmulationOrder) {
  return { ...orderFields(o), cumQty: num(o.status === 'filled' ? o.quantity : 0) }
}

/** GET /fapi/v1/order and each element of GET /fapi/v1/openOrders. @internal */
export function usdmQueryAnswer(o: EmulationOrder) {
  return { ...orderFields(o), time: o.createdAt }
}

/** GET /fapi/v3/balance: one row per asset; the wallet holds free and locked. @internal */
export function usdmBalanceAnswer(balances: readonly EmulationBalance[], now: number) {
  return balances.map((b) => {
    const free = Number(b.free).toFixed(8)
    return {
      accountAlias: 'SgsR',
      asset: b.asset,
      balance: (Number(b.free) + Number(b.locked)).toFixed(8),
      crossWalletBalance: free,
      crossUnPnl: '0.00000000',
      availableBalance: free,
      maxWithdrawAmount: free,
      marginAvailable: true,
      updateTime: now,
    }
  })
}
