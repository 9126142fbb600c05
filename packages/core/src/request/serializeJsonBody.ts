import { InvalidParameterError } from '../errors/input'
import { describeType, formatScalar } from './formatScalar'
import type { JsonBody } from './types'

/**
 * Serialises a JSON body once, compactly (no spaces), with the same number rule as params; a string is
 * taken as JSON text you already serialised and returned unchanged after checking it parses.
 *
 * @example
 * serializeJsonBody({ category: 'linear', qty: '0.01' }) // '{"category":"linear","qty":"0.01"}'
 */
export function serializeJsonBody(body: JsonBody, field = 'body'): string {
  if (typeof body === 'string') {
    try {
      JSON.parse(body)
    } catch {
      throw new InvalidParameterError(field, 'JSON text', 'text that does not parse as JSON')
    }
    return body
  }
  // Fast path: one check that builds no strings, then the native serialiser, which writes the same text for
  // values that pass it. Anything it would write differently (bigint, exponent numbers, non-plain objects)
  // goes through writeValue, which also names the offending field.
  return nativeSafe(body, 0) ? JSON.stringify(body) : writeValue(body, field, 0)
}

function nativeSafe(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return (
        Number.isFinite(value) &&
        (!Number.isInteger(value) || Number.isSafeInteger(value)) &&
        !String(value).includes('e')
      )
    case 'object': {
      if (value === null) return true
      if (depth > 64) return false
      if (Array.isArray(value)) {
        for (const item of value) if (item !== undefined && !nativeSafe(item, depth + 1)) return false
        return true
      }
      if (!isPlainObject(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue
        const item = (value as Record<string, unknown>)[key]
        if (item !== undefined && !nativeSafe(item, depth + 1)) return false
      }
      return true
    }
    default:
      return false
  }
}

// Deeper than any exchange's body; a cyclic object reaches it at once instead of overflowing the stack.
const MAX_DEPTH = 64

function writeValue(value: unknown, path: string, depth: number): string {
  if (value === null) return 'null'
  if (depth > MAX_DEPTH) {
    throw new InvalidParameterError(
      path,
      `a JSON value nested at most ${MAX_DEPTH} levels deep`,
      'a deeper (or cyclic) value',
      { hint: 'Check the body for an object that contains itself.' },
    )
  }
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return formatScalar(path, value)
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => (item === undefined ? 'null' : writeValue(item, `${path}[${i}]`, depth + 1))).join(',')}]`
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const parts: string[] = []
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key]
      if (item === undefined) continue
      parts.push(`${JSON.stringify(key)}:${writeValue(item, `${path}.${key}`, depth + 1)}`)
    }
    return `{${parts.join(',')}}`
  }
  throw new InvalidParameterError(
    path,
    'a JSON value (plain object, array, string, number, boolean or null)',
    describeType(value),
  )
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
