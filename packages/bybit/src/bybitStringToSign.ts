import type { RawRequest } from '@signet/core'
import { parseRawRequest } from '@signet/core/kit'

/**
 * The text Bybit's signature covers, recomputed from a request as received: `X-BAPI-TIMESTAMP` +
 * `X-BAPI-API-KEY` + `X-BAPI-RECV-WINDOW` (as sent; empty when absent) + the query after `?` for GET or the
 * raw body for POST (spec bybit.md §2).
 *
 * @example
 * bybitStringToSign({ method: 'GET', url: '/v5/order/realtime?category=option', headers, body: '' })
 * // '1658384314791XXXXXXXXXX5000category=option'
 */
export function bybitStringToSign(request: RawRequest): string {
  const r = parseRawRequest(request)
  const h = r.headers
  const payload = r.method === 'GET' ? r.query : r.body
  return `${h['x-bapi-timestamp'] ?? ''}${h['x-bapi-api-key'] ?? ''}${h['x-bapi-recv-window'] ?? ''}${payload}`
}
