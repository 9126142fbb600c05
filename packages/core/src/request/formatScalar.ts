import { InvalidParameterError } from '../errors/input'

/** The scalars Signet writes onto the wire. */
export type Scalar = string | number | boolean | bigint

/**
 * Writes a scalar as wire text, rejecting numbers that would not survive the trip.
 *
 * The rule (documented in the README): a number is accepted only when `String(n)` is its exact
 * decimal text, i.e. finite, not in exponent form (`1e-7`, `1e21` are silent signature mismatches
 * on every exchange) and, for integers, a safe integer. Anything else must be passed as a decimal
 * string (or a bigint for large integers), which is sent exactly as given.
 */
export function formatScalar(field: string, value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      return value.toString()
    case 'number': {
      if (!Number.isFinite(value)) {
        throw new InvalidParameterError(field, 'a finite number or a decimal string', String(value))
      }
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
        throw new InvalidParameterError(
          field,
          'a safe integer (or pass a bigint or a string)',
          `${value} (precision already lost)`,
        )
      }
      const text = String(value)
      if (text.includes('e')) {
        throw new InvalidParameterError(
          field,
          'a number without exponent form (pass decimals as strings, e.g. "0.0000001")',
          text,
        )
      }
      return text
    }
    default:
      throw new InvalidParameterError(
        field,
        'a string, finite number, boolean or bigint',
        describeType(value),
      )
  }
}

/** Names a value's type for an error message without printing the value itself. */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return 'a symbol'
  return typeof value
}

/**
 * A received value for an error message, without a conversion that could throw: a string as it is (cut to 80
 * characters), a number, boolean or bigint as written, anything else by its type only.
 *
 * @example
 * describeReceived('PATCH') // 'PATCH'; describeReceived({ toString: 0 }) // 'an object'
 */
export function describeReceived(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  if (value === undefined) return 'undefined'
  return describeType(value)
}

/**
 * An intent's request line (`METHOD /path`) for a message, whatever the intent holds: each part through
 * `describeReceived`, so a method or path that is not a string is named by its type, never converted.
 *
 * @example
 * describeRequestLine({ method: 'GET', path: '/api/v3/account' }) // 'GET /api/v3/account'
 */
export function describeRequestLine(intent: unknown): string {
  const { method, path } = (intent ?? {}) as { method?: unknown; path?: unknown }
  return `${describeReceived(method)} ${describeReceived(path)}`
}
