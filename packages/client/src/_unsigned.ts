import type { RequestIntent, SignedRequest } from '@signet/core'
import { joinParams, normalizeParams, percentEncode, serializeJsonBody } from '@signet/core/kit'

/** The wire form of a public request sent without a signer: RFC 3986 query, JSON body. @internal */
export function unsigned(intent: RequestIntent): SignedRequest {
  const query = joinParams(normalizeParams(intent.params), percentEncode)
  const body = intent.body === undefined ? undefined : serializeJsonBody(intent.body)
  return {
    method: intent.method,
    url: query ? `${intent.path}?${query}` : intent.path,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body,
  }
}
