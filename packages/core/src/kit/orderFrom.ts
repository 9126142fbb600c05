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
  /**
   * A market order sized in quote currency for a buy and in base for a sell (Gate.io, Bybit spot, OKX cash):
   * `when` holds the field values that make an order such a market order, and `unit` the field that names the
   * currency instead when present, with its quote value (Bybit `marketUnit: quoteCoin`, OKX `tgtCcy: quote_ccy`).
   */
  marketQuantity?: MarketQuantity | undefined
  /** True when `quantity` is in quote currency for this order, for a rule `marketQuantity` cannot state. */
  quantityIsQuote?: ((fields: IntentFields) => boolean) | undefined
}

/** How a market order's quantity currency is read: see `OrderFields.marketQuantity`. */
export type MarketQuantity = {
  when: Readonly<Record<string, string>>
  unit?: { field: string; quote: string } | undefined
}

/** Whether a market order's quantity is in quote currency, by `rule`. @internal */
function marketInQuote(rule: MarketQuantity, fields: IntentFields, side: 'buy' | 'sell'): boolean {
  if (!Object.entries(rule.when).every(([name, value]) => fields[name] === value)) return false
  const unit = rule.unit ? fields[rule.unit.field] : undefined
  return unit === undefined ? side === 'buy' : unit === rule.unit?.quote
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
    const inQuote =
      spec.quantityIsQuote?.(fields) === true ||
      (spec.marketQuantity !== undefined && marketInQuote(spec.marketQuantity, fields, side))
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
