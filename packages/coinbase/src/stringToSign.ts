import type { RawRequest } from '@signet/core'
import { parseRawRequest } from '@signet/core/kit'
import { decodeJwt } from './_jwt'

/**
 * The text Coinbase's JWT signature covers for a request as received: the token's `header.payload` (base64url,
 * byte for byte), or '' when the request carries no readable Bearer JWT (spec coinbase.md §2, §7).
 *
 * @example
 * coinbaseStringToSign({ method: 'GET', url: '/api/v3/brokerage/accounts', headers: { authorization: `Bearer ${jwt}` }, body: '' })
 * // 'eyJhbGciOiJFUzI1NiIs….eyJpc3MiOiJjZHAi…'
 */
export function coinbaseStringToSign(request: RawRequest): string {
  const bearer = /^Bearer ([^\s]+)$/i.exec(parseRawRequest(request).headers.authorization ?? '')
  return (bearer && decodeJwt(bearer[1]!)?.signingInput) ?? ''
}
