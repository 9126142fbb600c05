import type { RawRequest } from '@signet/core'
import { parseRawRequest } from '@signet/core/kit'

/**
 * The text Acme's ACME-SIGN covers, recomputed from a request as received: timestamp + METHOD + path?query + body,
 * the query as sent (RULES.md).
 *
 * @example
 * acmeStringToSign({ method: 'GET', url: '/api/v1/account?type=spot', headers: { 'ACME-TIMESTAMP': '1700000000000' }, body: '' })
 * // '1700000000000GET/api/v1/account?type=spot'
 */
export function acmeStringToSign(request: RawRequest): string {
  const raw = parseRawRequest(request)
  const query = raw.query === '' ? '' : `?${raw.query}`
  return `${raw.headers['acme-timestamp'] ?? ''}${raw.method}${raw.path}${query}${raw.body}`
}
