import type { ParamEntries } from '../request/normalizeParams'

/** Turns one name or value into wire text; receives the param name for error messages. */
export type ParamEncoder = (text: string, field: string) => string

/**
 * Joins ordered params as `name=value` pairs separated by `&`, encoding names and values with `encode`
 * (raw text when omitted).
 *
 * @example
 * joinParams([['symbol', 'BTC USDT'], ['side', 'BUY']], percentEncode) // 'symbol=BTC%20USDT&side=BUY'
 */
export function joinParams(entries: ParamEntries, encode?: ParamEncoder): string {
  let out = ''
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i]!
    if (i > 0) out += '&'
    out += encode ? `${encode(name, name)}=${encode(value, name)}` : `${name}=${value}`
  }
  return out
}
