import type { IntentDescription } from '../policy/types'
import type { IntentFields } from './describeWithRules'

/** How one order endpoint names its fields and values; symbol, side and side values default to the common names. */
export type OrderFields = {
  /** @default 'symbol' */
  symbol?: string | undefined
  /** @default 'side' */
  side?: string | undefined
  /** The exchange's side values, exactly as it accepts them (`BUY`, `Buy`, `buy`). @default { buy: 'buy', sell: 'sell' } */
  sides?: Readonly<Record<string, 'buy' | 'sell'>> | undefined
  quantity: string
  /** The limit price field; none when absent (a market-only endpoint reads no price). */
  price?: string | undefined
  /** A separate field for a quote-sized order (Binance `quoteOrderQty`, KuCoin `funds`). */
  quoteQuantity?: string | undefined
  /** True when `quantity` is in quote currency for this order (a market buy on some exchanges). */
  quantityIsQuote?: ((fields: IntentFields) => boolean) | undefined
}

/**
 * Reads an order from fields named the exchange's way; a missing symbol or an unknown side value is refused,
 * never guessed (an exchange reading `buy` where the policy read nothing would place an unjudged order).
 */
export function orderFrom(fieldsSpec: OrderFields): (fields: IntentFields) => IntentDescription {
  const spec = {
    ...fieldsSpec,
    symbol: fieldsSpec.symbol ?? 'symbol',
    side: fieldsSpec.side ?? 'side',
    sides: fieldsSpec.sides ?? { buy: 'buy', sell: 'sell' },
  }
  return (fields) => {
    const symbol = fields[spec.symbol]
    const sideText = fields[spec.side]
    if (symbol === undefined) return { kind: 'refused', reason: `the order has no "${spec.symbol}"` }
    const side =
      sideText === undefined || !Object.hasOwn(spec.sides, sideText) ? undefined : spec.sides[sideText]
    if (!side) {
      return {
        kind: 'refused',
        reason: `"${spec.side}" must be one of ${Object.keys(spec.sides).join(', ')}; got ${sideText === undefined ? 'nothing' : JSON.stringify(sideText)}`,
      }
    }
    const inQuote = spec.quantityIsQuote?.(fields) === true
    const amount = fields[spec.quantity]
    return {
      kind: 'order',
      symbol,
      side,
      quantity: inQuote ? undefined : amount,
      price: spec.price ? fields[spec.price] : undefined,
      quoteQuantity: inQuote ? amount : spec.quoteQuantity ? fields[spec.quoteQuantity] : undefined,
    }
  }
}
