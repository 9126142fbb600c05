import { InvalidParameterError } from '../errors/input'

/**
 * RFC 3986 percent-encoding of UTF-8 text with uppercase hex: only `A-Z a-z 0-9 - _ . ~` stay as they are,
 * so unlike `encodeURIComponent` it also encodes `! * ' ( )`. Spaces become `%20`, never `+`.
 *
 * @example
 * percentEncode('a b@c') // 'a%20b%40c'
 */
export function percentEncode(text: string, field = 'value'): string {
  return encodeComponent(text, field).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/**
 * `encodeURIComponent` with a typed error for text that is not well-formed UTF-16 (a lone surrogate cannot be
 * encoded as UTF-8). Leaves `! * ' ( )` unencoded, as many exchanges' reference code does.
 *
 * @example
 * encodeComponent('１') // '%EF%BC%91'
 */
export function encodeComponent(text: string, field = 'value'): string {
  try {
    return encodeURIComponent(text)
  } catch {
    throw new InvalidParameterError(field, 'well-formed Unicode text', 'text with a lone surrogate')
  }
}
