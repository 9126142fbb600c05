import { InvalidParameterError, type RequestIntent } from '@signet/core'
import { describeReceived, encodedQuery, hasDotSegment, serializeJsonBody } from '@signet/core/kit'

/** The parts of a request OKX signs, as they go on the wire. @internal */
export type WireParts = {
  method: 'GET' | 'POST'
  /** Path plus `?query` when there are params: the signed requestPath and the sent URL. */
  requestPath: string
  /** JSON text sent and signed, or undefined when no body is sent. */
  body: string | undefined
}

// RFC 3986 path characters (unreserved, sub-delims, ':', '@', '/', and %XX escapes). Anything else would be
// re-encoded by fetch/undici before sending, so the signed path would differ from the sent one.
const PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/

/** Validates an intent and writes the exact requestPath and body OKX will receive. @internal */
export function wireParts(intent: RequestIntent): WireParts {
  if (typeof intent !== 'object' || intent === null) {
    throw new InvalidParameterError('intent', 'a request intent object', describeReceived(intent))
  }
  const method = intent.method
  // spec okx.md §2: v5 private endpoints use only GET and POST.
  if (method !== 'GET' && method !== 'POST') {
    throw new InvalidParameterError(
      'method',
      '"GET" or "POST" (OKX v5 uses no other method)',
      describeReceived(method),
    )
  }
  // A `.`/`..` segment (also as %2e) is resolved by URL parsers before OKX hashes the path: refused.
  if (typeof intent.path !== 'string' || !PATH.test(intent.path) || hasDotSegment(intent.path)) {
    throw new InvalidParameterError(
      'path',
      'a path starting with "/" without query, fragment or . and .. segments, in URL-safe characters (pass query values as params)',
      typeof intent.path === 'string' ? JSON.stringify(intent.path.slice(0, 80)) : typeof intent.path,
    )
  }
  if (intent.form !== undefined) {
    throw new InvalidParameterError(
      'form',
      'no form body: OKX takes GET params in the query and POST params as a JSON `body`',
      'form params',
    )
  }
  const params = intent.params
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new InvalidParameterError(
      'params',
      'a plain object of flat values',
      Array.isArray(params) ? 'an array' : typeof params,
    )
  }
  // spec okx.md §2: GET parameters are part of requestPath. Names and values are RFC 3986 percent-encoded
  // (only A-Z a-z 0-9 - _ . ~ stay raw), so fetch never re-encodes them and the signed bytes are the sent
  // bytes; this is the encoding ccxt sends, and OKX hashes the received requestPath as is.
  const requestPath = encodedQuery(intent.path, params).url
  let body: string | undefined
  if (intent.body !== undefined) {
    if (method === 'GET') {
      // spec okx.md §2, §10.5: a GET has an empty body in the prehash; signing `{}` for GET breaks the signature.
      throw new InvalidParameterError(
        'body',
        'no body on a GET request (OKX signs GET parameters in the query: pass them as params)',
        'a body',
      )
    }
    body = serializeJsonBody(intent.body, 'body')
  }
  return { method, requestPath, body }
}
