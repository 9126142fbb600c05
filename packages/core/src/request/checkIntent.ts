import { InvalidParameterError } from '../errors/input'
import { describeType } from './formatScalar'
import { hasDotSegment } from './hasDotSegment'
import type { HttpMethod, RequestIntent } from './types'

const defaultMethods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE']
// RFC 3986 path characters without `%`: a path that needed percent-encoding could be decoded by a proxy or the
// server before the signature check, so it is refused rather than signed one way and read another.
const safePath = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/

/** Options of `checkIntent`. */
export type CheckIntentOptions = {
  /** Exchange name used in messages, e.g. `KuCoin`. */
  exchange: string
  /** Whether the exchange takes `application/x-www-form-urlencoded` bodies (`intent.form`). @default false */
  form?: boolean
  /** Whether the exchange takes JSON bodies (`intent.body`). @default true */
  json?: boolean
  /** The methods the exchange's API uses. @default ['GET', 'POST', 'PUT', 'DELETE'] */
  methods?: readonly HttpMethod[]
}

/**
 * Checks the parts of an intent every request needs (method, a plain path, where params may go) before
 * anything is signed; errors name the field.
 *
 * @example
 * checkIntent(intent, { exchange: 'KuCoin' })
 */
export function checkIntent(intent: RequestIntent, options: CheckIntentOptions): void {
  const { exchange, form = false, json = true, methods = defaultMethods } = options
  if (typeof intent !== 'object' || intent === null) {
    throw new InvalidParameterError(
      'intent',
      'a request intent object',
      intent === null ? 'null' : typeof intent,
    )
  }
  if (!methods.includes(intent.method)) {
    throw new InvalidParameterError(
      'method',
      `one of ${methods.join(', ')} in upper case`,
      // A bigint or symbol is described, never serialised (JSON.stringify throws on them).
      typeof intent.method === 'string' ? JSON.stringify(intent.method) : describeType(intent.method),
    )
  }
  if (typeof intent.path !== 'string' || !safePath.test(intent.path) || hasDotSegment(intent.path)) {
    throw new InvalidParameterError(
      'path',
      'a path starting with "/", without host, query, fragment or . and .. segments, made of URL-safe characters (put query parameters in `params`)',
      typeof intent.path === 'string' ? JSON.stringify(intent.path) : typeof intent.path,
    )
  }
  const takes = [form ? 'form parameters' : '', json ? 'a JSON `body`' : ''].filter(Boolean).join(' or ')
  if (intent.form !== undefined && !form) {
    throw new InvalidParameterError(
      'form',
      `no form parameters: ${exchange} takes query parameters${takes ? ` and ${takes}` : ''}`,
      'form parameters',
    )
  }
  if (intent.body !== undefined && !json) {
    throw new InvalidParameterError(
      'body',
      `no JSON body: ${exchange} takes query parameters${takes ? ` and ${takes}` : ''}`,
      'a body',
    )
  }
  if ((intent.body !== undefined || intent.form !== undefined) && intent.method === 'GET') {
    throw new InvalidParameterError('body', 'no body on a GET request (put parameters in `params`)', 'a body')
  }
}
