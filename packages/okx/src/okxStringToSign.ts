import type { RawRequest } from '@signet/core'
import { parseRawRequest } from '@signet/core/kit'
import { restPrehash } from './_prehash'

/**
 * The text OKX's HMAC covers for a request as received: OK-ACCESS-TIMESTAMP + method + path with query + body
 * (spec okx.md §2), byte for byte, without decoding or re-encoding anything.
 *
 * @example
 * okxStringToSign({ method: 'GET', url: '/api/v5/account/balance?ccy=BTC', headers: { 'OK-ACCESS-TIMESTAMP': '2020-12-08T09:08:57.715Z' }, body: '' })
 * // '2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC'
 */
export function okxStringToSign(request: RawRequest): string {
  const parsed = parseRawRequest(request)
  return restPrehash(parsed.headers['ok-access-timestamp'] ?? '', parsed.method, request.url, parsed.body)
}
