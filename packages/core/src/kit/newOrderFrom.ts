import type { EmulationFailure, EmulationNewOrder, EmulationRequest } from '@signet/core'
import type { OrderFields } from './orderFrom'

/**
 * How a place-order request names its fields and values, for `newOrderFrom`: the policy reader's names
 * (`OrderFields`; the price field defaults to `price`), the order type and the client order id.
 */
export type NewOrderFields = Pick<OrderFields, 'symbol' | 'side' | 'sides' | 'quantity' | 'price'> & {
  /** The order-type field and its values; without one, an order with a price is a limit order, else a market order. */
  type?: { field: string; values: Readonly<Record<string, 'limit' | 'market'>> } | undefined
  /** The client-order-id field; none when the exchange has no client ids. */
  clientOrderId?: string | undefined
}

const refuse = (param: string): EmulationFailure => ({ failure: 'bad-parameter', param })

/**
 * Reads a new order from a place route's request by the exchange's field names; a missing symbol, quantity or
 * limit price, or an unknown side or type value, is refused as `bad-parameter` naming the field, never guessed.
 *
 * @example
 * read: newOrderFrom({ sides: { BUY: 'buy', SELL: 'sell' }, quantity: 'qty', clientOrderId: 'clientOid' })
 */
export function newOrderFrom(
  fields: NewOrderFields,
): (request: EmulationRequest) => EmulationNewOrder | EmulationFailure {
  const symbolField = fields.symbol ?? 'symbol'
  const sideField = fields.side ?? 'side'
  const sides = fields.sides ?? { buy: 'buy', sell: 'sell' }
  const priceField = fields.price ?? 'price'
  return ({ params }) => {
    const symbol = params[symbolField]
    if (!symbol) return refuse(symbolField)
    const sideText = params[sideField]
    const side = sideText !== undefined && Object.hasOwn(sides, sideText) ? sides[sideText] : undefined
    if (!side) return refuse(sideField)
    const price = params[priceField] || undefined
    let type: 'limit' | 'market' | undefined = price === undefined ? 'market' : 'limit'
    if (fields.type) {
      const typeText = params[fields.type.field]
      type =
        typeText !== undefined && Object.hasOwn(fields.type.values, typeText)
          ? fields.type.values[typeText]
          : undefined
      if (!type) return refuse(fields.type.field)
    }
    const quantity = params[fields.quantity]
    if (!quantity) return refuse(fields.quantity)
    if (type === 'limit' && price === undefined) return refuse(priceField)
    const clientOrderId = fields.clientOrderId === undefined ? undefined : params[fields.clientOrderId]
    return { symbol, side, type, quantity, price: type === 'limit' ? price : undefined, clientOrderId }
  }
}
