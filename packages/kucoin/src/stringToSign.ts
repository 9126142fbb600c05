import type { RawRequest } from '@signet/core'
import { decodeQuery, parseRawRequest } from '@signet/core/kit'

/**
 * The text KuCoin's KC-API-SIGN covers, recomputed from a request as received:
 * `KC-API-TIMESTAMP + METHOD + path + "?" + decoded query + body`.
 *
 * @example
 * kucoinStringToSign({ method: 'GET', url: '/api/v1/accounts?currency=USDT', headers: { 'KC-API-TIMESTAMP': '1700000000000' }, body: '' })
 * // '1700000000000GET/api/v1/accounts?currency=USDT'
 */
export function kucoinStringToSign(request: RawRequest): string {
  const raw = parseRawRequest(request)
  // spec kucoin.md: endpoint = path with `?query` (GET/DELETE; any method that has one), body = JSON
  // text. KuCoin docs-new/authentication: "the URL must use the content that has not been URL-encoded".
  const query = raw.query === '' ? '' : `?${decodeQuery(raw.query)}`
  return `${raw.headers['kc-api-timestamp'] ?? ''}${raw.method}${raw.path}${query}${raw.body}`
}
