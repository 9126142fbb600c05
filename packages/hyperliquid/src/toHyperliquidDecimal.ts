import { InvalidParameterError } from '@signet/core'

const DECIMAL = /^(\d+)(?:\.(\d+))?$/

/**
 * The canonical text Hyperliquid hashes for a price or size (spec hyperliquid.md §4.2): at most 8 decimals, no
 * trailing zeros or trailing point, no leading zeros, never `-0`; undefined when `text` is not a plain unsigned
 * decimal or has more than 8 decimals (which Hyperliquid would round).
 * @internal
 */
export function canonicalDecimal(text: string): string | undefined {
  const m = DECIMAL.exec(text)
  if (!m) return undefined
  const int = m[1]!.replace(/^0+(?=\d)/, '')
  const frac = (m[2] ?? '').replace(/0+$/, '')
  if (frac.length > 8) return undefined
  return frac === '' ? int : `${int}.${frac}`
}

/**
 * Formats a price or size the way Hyperliquid's SDK `float_to_wire` does (spec hyperliquid.md §4.2): rounds to 8
 * decimals only when that changes the value by less than 1e-12, strips trailing zeros, writes `-0` as `0`, and
 * refuses values that would round, negatives, and non-finite numbers.
 *
 * @example
 * toHyperliquidDecimal(1670.1) // '1670.1'
 * toHyperliquidDecimal('0.00100000') // '0.001'
 */
export function toHyperliquidDecimal(value: number | string | bigint, field = 'value'): string {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new InvalidParameterError(field, 'an unsigned decimal', `${value}`)
    return value.toString()
  }
  if (typeof value === 'string') {
    const text = canonicalDecimal(value.trim())
    if (text === undefined)
      throw new InvalidParameterError(
        field,
        'an unsigned decimal with at most 8 decimals',
        JSON.stringify(value),
        {
          exchange: 'hyperliquid',
          hint: 'Hyperliquid rounds prices and sizes to 8 decimals; round to the tick and lot size first.',
        },
      )
    return text
  }
  // -0 passes (it is written `0`, as the SDK does); toFixed switches to exponents at 1e21.
  if (!Number.isFinite(value) || value < 0 || value >= 1e21)
    throw new InvalidParameterError(field, 'a finite unsigned number below 1e21', String(value))
  const rounded = value.toFixed(8)
  if (Math.abs(Number(rounded) - value) >= 1e-12)
    throw new InvalidParameterError(field, 'a number with at most 8 decimals', String(value), {
      exchange: 'hyperliquid',
      hint: 'Hyperliquid rounds prices and sizes to 8 decimals; round to the tick and lot size first.',
    })
  return canonicalDecimal(rounded)!
}
