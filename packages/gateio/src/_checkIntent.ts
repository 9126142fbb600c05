import { InvalidParameterError, type RequestIntent } from '@signet/core'

const methods = new Set(['GET', 'POST', 'PUT', 'DELETE'])
// RFC 3986 path characters without `%`: the path is signed as sent (spec candidates.md, Gate), and a path that
// needed percent-encoding could be decoded by a proxy or the server before the check.
const safePath = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/

/** Checks the parts of an intent every Gate.io request needs; names the field on failure. @internal */
export function checkIntent(intent: RequestIntent): void {
  if (typeof intent !== 'object' || intent === null) {
    throw new InvalidParameterError(
      'intent',
      'a request intent object',
      intent === null ? 'null' : typeof intent,
    )
  }
  if (!methods.has(intent.method)) {
    throw new InvalidParameterError(
      'method',
      'one of GET, POST, PUT, DELETE in upper case',
      JSON.stringify(intent.method),
    )
  }
  if (typeof intent.path !== 'string' || !safePath.test(intent.path)) {
    throw new InvalidParameterError(
      'path',
      'a path starting with "/", without host, query or fragment, made of URL-safe characters (put query parameters in `params`)',
      typeof intent.path === 'string' ? JSON.stringify(intent.path) : typeof intent.path,
    )
  }
  if (intent.form !== undefined) {
    throw new InvalidParameterError(
      'form',
      'no form parameters: Gate.io APIv4 takes query parameters and a JSON `body` (spec candidates.md, Gate)',
      'form parameters',
    )
  }
  if (intent.body !== undefined && intent.method === 'GET') {
    throw new InvalidParameterError('body', 'no body on a GET request (put parameters in `params`)', 'a body')
  }
}

/** Checks a timestamp option: epoch milliseconds as a non-negative safe integer. @internal */
export function checkTimestamp(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidParameterError(
      'timestamp',
      'epoch milliseconds as a non-negative safe integer',
      typeof value === 'number' ? String(value) : typeof value,
    )
  }
  return value
}
