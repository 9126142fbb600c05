import type { EmulationOrder, WireResponse } from '@signet/core'

// Answers shaped as docs/spec/binance.md ("Emulated endpoints") cites: Binance's rest-api.md examples.
const JSON_HEADERS = { 'Content-Type': 'application/json;charset=UTF-8' }

/** A Binance JSON answer. @internal */
export const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { ...JSON_HEADERS },
  body: JSON.stringify(body),
})

/** Binance writes quantities and prices with 8 decimals. @internal */
export const dec = (value: string | number | undefined) => Number(value ?? 0).toFixed(8)

const STATUS = { open: 'NEW', filled: 'FILLED', canceled: 'CANCELED' } as const

/** The fields every order answer shares. @internal */
export function orderFields(o: EmulationOrder) {
  const executed = o.status === 'filled' ? o.quantity : '0'
  return {
    symbol: o.symbol,
    orderId: Number(o.id),
    orderListId: -1,
    clientOrderId: o.clientOrderId ?? '',
    price: dec(o.price),
    origQty: dec(o.quantity),
    executedQty: dec(executed),
    cummulativeQuoteQty: dec(Number(executed) * Number(o.fillPrice ?? 0)),
    status: STATUS[o.status],
    timeInForce: o.params.timeInForce ?? 'GTC',
    type: o.type.toUpperCase(),
    side: o.side.toUpperCase(),
  }
}

/** GET /api/v3/order and each element of GET /api/v3/openOrders. @internal */
export function queryAnswer(o: EmulationOrder) {
  return {
    ...orderFields(o),
    stopPrice: dec(0),
    icebergQty: dec(0),
    time: o.createdAt,
    updateTime: o.updatedAt,
    isWorking: o.status === 'open',
    workingTime: o.createdAt,
    origQuoteOrderQty: dec(0),
    selfTradePreventionMode: 'NONE',
  }
}

/** DELETE /api/v3/order and each element of DELETE /api/v3/openOrders: `clientOrderId` is the cancel's own id. @internal */
export function cancelAnswer(o: EmulationOrder, cancelId: string, now: number) {
  const fields = orderFields(o)
  return {
    ...fields,
    origClientOrderId: fields.clientOrderId,
    clientOrderId: cancelId,
    transactTime: now,
    origQuoteOrderQty: dec(0),
    selfTradePreventionMode: 'NONE',
  }
}

/** POST /api/v3/order with `newOrderRespType` ACK, RESULT or FULL (the default for LIMIT and MARKET). @internal */
export function placeAnswer(o: EmulationOrder, respType: string | undefined) {
  const { symbol, orderId, orderListId, clientOrderId, ...rest } = orderFields(o)
  const ack = { symbol, orderId, orderListId, clientOrderId, transactTime: o.createdAt }
  if (respType === 'ACK') return ack
  const result = {
    ...ack,
    ...rest,
    origQuoteOrderQty: dec(0),
    workingTime: o.createdAt,
    selfTradePreventionMode: 'NONE',
  }
  if (respType === 'RESULT') return result
  const fills =
    o.status === 'filled'
      ? [
          {
            price: dec(o.fillPrice),
            qty: dec(o.quantity),
            commission: dec(0),
            commissionAsset: o.side === 'buy' ? o.symbol.slice(0, 3) : 'USDT',
            tradeId: Number(o.id),
          },
        ]
      : []
  return { ...result, fills }
}
