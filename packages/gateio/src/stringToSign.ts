import type { RawRequest } from '@signet/core'
import { decodeQuery, hash, parseRawRequest } from '@signet/core/kit'

/**
 * The text Gate.io's SIGN covers, recomputed from a request as received:
 * `METHOD\npath\nquery (decoded)\nhex(SHA512(body))\nTimestamp`.
 *
 * @example
 * gateioStringToSign({ method: 'GET', url: '/api/v4/spot/accounts', headers: { Timestamp: '1541993715' }, body: '' })
 * // 'GET\n/api/v4/spot/accounts\n\ncf83e135…927da3e\n1541993715'
 */
export function gateioStringToSign(request: RawRequest): string {
  const raw = parseRawRequest(request)
  // spec gateio.md: the path includes /api/v4; the query is "not URL-encoded, same order as in the URL";
  // an empty body hashes to SHA512('') = cf83e135…927da3e; the timestamp is the Timestamp header as sent.
  return [
    raw.method,
    raw.path,
    decodeQuery(raw.query),
    hash('sha512', raw.body, 'hex'),
    raw.headers.timestamp ?? '',
  ].join('\n')
}
