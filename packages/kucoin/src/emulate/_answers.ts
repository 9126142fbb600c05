import type { EmulationOrder, WireResponse } from '@signet/core'

// Answers shaped as docs/spec/kucoin.md ("Emulated endpoints") cites: the classic spot docs' examples.

/** KuCoin's envelope: `{ code: "200000", data }` on success (the time endpoint adds `msg`), `{ code, msg }` on failure. @internal */
export const ok = (data: unknown, msg?: string): WireResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(msg === undefined ? { code: '200000', data } : { code: '200000', msg, data }),
})

/** A KuCoin error answer. @internal */
export const fail = (code: string, msg: string, status = 200): WireResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ code, msg }),
})

/** One order as GET /api/v1/orders/{orderId}, by clientOid, and GET /api/v1/orders' `items` show it. @internal */
export function orderAnswer(o: EmulationOrder) {
  const filled = o.status === 'filled'
  const deal = filled ? Number(o.quantity) * Number(o.fillPrice) : 0
  return {
    id: o.id,
    symbol: o.symbol,
    opType: 'DEAL',
    type: o.type,
    side: o.side,
    price: o.price ?? '0',
    size: o.quantity,
    funds: '0',
    dealFunds: String(deal),
    dealSize: filled ? o.quantity : '0',
    fee: '0',
    feeCurrency: o.symbol.split('-')[1] ?? '',
    stp: '',
    stop: '',
    stopTriggered: false,
    stopPrice: '0',
    timeInForce: o.params.timeInForce ?? 'GTC',
    postOnly: false,
    hidden: false,
    iceberg: false,
    visibleSize: '0',
    cancelAfter: 0,
    channel: 'API',
    clientOid: o.clientOrderId ?? '',
    remark: o.params.remark ?? '',
    tags: '',
    isActive: o.status === 'open',
    cancelExist: o.status === 'canceled',
    createdAt: o.createdAt,
    tradeType: 'TRADE',
  }
}
