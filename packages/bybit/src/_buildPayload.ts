import { InvalidParameterError, type RequestIntent } from '@signet/core'
import {
  describeReceived,
  encodedQuery,
  hasDotSegment,
  normalizeParams,
  serializeJsonBody,
} from '@signet/core/kit'

/** The wire parts of a Bybit request before authentication headers. @internal */
export type BybitPayload = {
  method: 'GET' | 'POST'
  path: string
  /** Query text after `?`, exactly as sent ('' when none). */
  query: string
  /** JSON body text exactly as sent (POST only). */
  body: string | undefined
  /** The payload part of the signed text: the query for GET, the body for POST (spec §2). */
  signedPayload: string
}

/**
 * Turns an intent into the exact bytes Bybit receives. Query values are RFC 3986 percent-encoded (core
 * `percentEncode`: everything but `A-Z a-z 0-9 - _ . ~` as `%XX`, so `,` is `%2C` and space `%20`): the
 * query signed is the query sent, and no URL parser re-encodes it on the way (spec §2, §10 pitfall 3).
 * @internal
 */
export function buildPayload(intent: RequestIntent): BybitPayload {
  if (intent === null || typeof intent !== 'object') {
    throw new InvalidParameterError('intent', 'a RequestIntent object', describeReceived(intent))
  }
  const { method, path } = intent
  // spec §2 / [ERR] HTTP 400: V5 takes only GET and POST, capitalised.
  if (method !== 'GET' && method !== 'POST') {
    throw new InvalidParameterError(
      'method',
      'GET or POST (Bybit V5 uses only these, capitalised)',
      describeReceived(method),
    )
  }
  // A `.`/`..` segment is resolved by URL parsers after signing (the server would see another path).
  if (typeof path !== 'string' || !/^\/[A-Za-z0-9\-._~/]*$/.test(path) || hasDotSegment(path)) {
    throw new InvalidParameterError(
      'path',
      'a path starting with "/" of unreserved characters, without query, fragment or . and .. segments (e.g. "/v5/order/create")',
      typeof path === 'string' ? `"${path.slice(0, 80)}"` : typeof path,
    )
  }
  if (intent.form !== undefined) {
    throw new InvalidParameterError(
      'form',
      'no form body (Bybit V5 takes a JSON body on POST)',
      'form params',
    )
  }
  const params = checkParams(intent.params)
  if (method === 'GET') {
    // spec §10 pitfall 8: a GET with a body is answered with HTTP 403.
    if (intent.body !== undefined) {
      throw new InvalidParameterError('body', 'no body on GET (put GET parameters in `params`)', 'a body')
    }
    const { query } = encodedQuery(path, params)
    return { method, path, query, body: undefined, signedPayload: query }
  }
  if (params !== undefined && intent.body !== undefined && Object.keys(params).length > 0) {
    throw new InvalidParameterError(
      'params',
      'either `params` or `body` on POST (Bybit signs only the JSON body)',
      'both',
    )
  }
  // A POST's params become its JSON body (bodyParams 'json'); a pre-serialised string body is sent as is.
  // No params at all still sends `{}`, as ccxt and bybit-api do.
  const body = serializeJsonBody(intent.body ?? jsonFromParams(params))
  return { method, path, query: '', body, signedPayload: body }
}

function checkParams(params: RequestIntent['params']): RequestIntent['params'] {
  if (params === undefined) return undefined
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new InvalidParameterError('params', 'a plain object of flat values', describe(params))
  }
  return params
}

function jsonFromParams(params: RequestIntent['params']): Record<string, string | number | boolean | bigint> {
  const out: Record<string, string | number | boolean | bigint> = {}
  // normalizeParams validates flatness and numbers and names the offending key.
  normalizeParams(params)
  for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined) out[name] = value
  return out
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
