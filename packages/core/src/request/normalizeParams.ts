import { InvalidParameterError } from '../errors/input'
import { describeType, formatScalar } from './formatScalar'
import type { Params } from './types'

/** Parameters as ordered `[name, wireText]` pairs. */
export type ParamEntries = readonly (readonly [string, string])[]

/**
 * Validates flat params and writes each value as wire text, keeping insertion order and dropping `undefined`.
 *
 * @example
 * normalizeParams({ symbol: 'BTCUSDT', quantity: '0.01', price: undefined }) // [['symbol','BTCUSDT'],['quantity','0.01']]
 */
export function normalizeParams(params: Params | undefined, prefix = ''): ParamEntries {
  if (params === undefined) return []
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new InvalidParameterError(prefix || 'params', 'a plain object of flat values', describeType(params))
  }
  const entries: (readonly [string, string])[] = []
  for (const name of Object.keys(params)) {
    const value = params[name]
    if (value === undefined) continue
    if (name === '') {
      // An empty name serialises to "=value", which no exchange parses back.
      formatScalar(`${prefix}(empty name)`, Symbol())
    }
    entries.push([name, formatScalar(prefix + name, value)])
  }
  return entries
}
