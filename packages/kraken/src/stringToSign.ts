import type { RawRequest } from '@signet/core'
import { readBody } from './_readBody'

/**
 * What Kraken's signature covers, recomputed from a request as received: Kraken signs bytes (the path, then the
 * raw SHA-256 of nonce + POST data), so this gives the two inputs one per line, the path first.
 *
 * @example
 * krakenStringToSign({ method: 'POST', url: '/0/private/Balance', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'nonce=1' })
 * // '/0/private/Balance\n1nonce=1'
 */
export function krakenStringToSign(request: RawRequest): string {
  const { path, nonce, body } = readBody(request)
  // spec kraken.md §2: HMAC-SHA512 over path ‖ SHA256(nonce ‖ POST data).
  return `${path}\n${nonce ?? ''}${body}`
}
