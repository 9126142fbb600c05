import type { RawRequest } from '@signet/core'

/**
 * The text Hyperliquid's signature covers, recomputed from a request as received.
 *
 * @example
 * hyperliquidStringToSign({ method: 'GET', url: '/api/account?x=1', headers: {}, body: '' })
 */
export function hyperliquidStringToSign(_request: RawRequest): string {
  // TODO(new-exchange): rebuild the signed text from the raw request exactly as the exchange's server does
  // (cite the spec section): which parts, in which order, separators, decoded or encoded query, body or body hash.
  throw new Error('TODO(new-exchange): implement hyperliquidStringToSign in src/stringToSign.ts')
}
