import type { Params } from '@signet/core'
import { joinParams } from '../encoding/joinParams'
import { percentEncode } from '../encoding/percentEncode'
import { normalizeParams, type ParamEntries } from '../request/normalizeParams'

/** The ways a query is commonly written, for signature variants. */
export type QueryForms = {
  /** The params in the intent's order, as text. */
  entries: ParamEntries
  /** `name=value` joined with `&`, nothing encoded. */
  raw: string
  /** RFC 3986 percent-encoded. */
  encoded: string
  /** Percent-encoded with `+` for space (HTML forms, Python's `urlencode`). */
  plus: string
  /** Unencoded, sorted by name (code that sorts before signing). */
  sorted: string
  /** Percent-encoded, sorted by name. */
  sortedEncoded: string
}

/**
 * The query of `params` written the ways users write it: raw, percent-encoded, `+` for space and sorted (raw and
 * encoded).
 *
 * @example
 * queryForms({ b: 'x y', a: 1 }).plus // 'b=x+y&a=1'
 */
export function queryForms(params: Params | undefined): QueryForms {
  const entries = normalizeParams(params)
  const byName = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    entries,
    raw: joinParams(entries),
    encoded: joinParams(entries, percentEncode),
    plus: joinParams(entries, (text) => percentEncode(text).replace(/%20/g, '+')),
    sorted: joinParams(byName),
    sortedEncoded: joinParams(byName, percentEncode),
  }
}
