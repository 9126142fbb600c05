import type { RequestIntent, SignedRequest } from '@signet/core'
import { type CheckIntentOptions, checkIntent } from '../request/checkIntent'
import type { ParamEntries } from '../request/normalizeParams'
import { serializeJsonBody } from '../request/serializeJsonBody'
import { encodedQuery } from './encodedQuery'

/** The wire parts of an intent for an exchange that sends params in the query and a JSON body. */
export type JsonRequestParts = {
  /** The params in the intent's order, as text (for exchanges that sign them another way). */
  entries: ParamEntries
  /** Path plus the RFC 3986 percent-encoded query, as sent. */
  url: string
  /** The compact JSON body, as sent; undefined when the intent has none. */
  body: string | undefined
  /** `Content-Type: application/json` when there is a body. */
  contentType: Record<string, string>
  /** The request as sent when it needs no signature (`security: 'none'`). */
  unsigned: SignedRequest
}

/**
 * Checks an intent and builds what goes on the wire once, for exchanges that take params in a percent-encoded
 * query and bodies as JSON (KuCoin, Gate.io): the signer then signs exactly these strings.
 *
 * @example
 * const { url, body, contentType, unsigned } = jsonRequestParts(intent, { exchange: 'KuCoin' })
 * if (intent.security === 'none') return unsigned
 */
export function jsonRequestParts(intent: RequestIntent, options: CheckIntentOptions): JsonRequestParts {
  checkIntent(intent, options)
  const { entries, url } = encodedQuery(intent.path, intent.params)
  const body = intent.body === undefined ? undefined : serializeJsonBody(intent.body)
  const contentType: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' }
  return {
    entries,
    url,
    body,
    contentType,
    unsigned: { method: intent.method, url, headers: contentType, body },
  }
}
