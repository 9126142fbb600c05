import type { RawRequest } from '@signet/core'
import { parseRawRequest, requestParams } from '@signet/core/kit'

/** What a Kraken server reads from a private request's body. @internal */
export type ReadBody = {
  path: string
  /** The nonce text, when the body carries one in a content type Kraken reads. */
  nonce: string | undefined
  params: Record<string, string>
  body: string
  headers: Record<string, string>
  method: string
}

/**
 * Reads the POST data as Kraken does: form-encoded or JSON by `Content-Type` (spec kraken.md §3); a body in any
 * other content type carries no nonce Kraken can read. @internal
 */
export function readBody(request: RawRequest): ReadBody {
  const raw = parseRawRequest(request)
  const type = (raw.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  const readable = type === 'application/x-www-form-urlencoded' || type === 'application/json'
  const params = readable ? requestParams('', raw.body, type) : {}
  const nonce = params.nonce
  return { path: raw.path, nonce, params, body: raw.body, headers: raw.headers, method: raw.method }
}
