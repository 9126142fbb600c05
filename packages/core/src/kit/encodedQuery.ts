import type { Params } from '@signet/core'
import { joinParams } from '../encoding/joinParams'
import { percentEncode } from '../encoding/percentEncode'
import { normalizeParams, type ParamEntries } from '../request/normalizeParams'

/** What `encodedQuery` returns: the params as text, the query as sent and the URL it goes on. */
export type EncodedQuery = {
  /** The params in the intent's order, as text. */
  entries: ParamEntries
  /** RFC 3986 percent-encoded `name=value` pairs joined with `&` ('' without params). */
  query: string
  /** `path?query`, or the path alone without params. */
  url: string
}

/**
 * The query of `params` as it goes on the wire, RFC 3986 percent-encoded in the intent's order (so no HTTP
 * client re-encodes it and the signed bytes are the sent bytes), and the path with it.
 *
 * @example
 * encodedQuery('/api/v5/account/bills', { ccy: 'BTC', note: 'a b' }).url // '/api/v5/account/bills?ccy=BTC&note=a%20b'
 */
export function encodedQuery(path: string, params: Params | undefined): EncodedQuery {
  const entries = normalizeParams(params)
  const query = joinParams(entries, percentEncode)
  return { entries, query, url: query === '' ? path : `${path}?${query}` }
}
