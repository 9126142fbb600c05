import type { RawRequest } from '@signet/core'
import { splitRawRequest } from './_rawRequest'

/**
 * The exact text a Binance REST signature covers, recomputed from a request as received: the query string +
 * the form body, each without its `signature` pair, with no separator (spec binance.md §2).
 *
 * @example
 * binanceStringToSign({ method: 'POST', url: '/api/v3/order?symbol=LTCBTC', headers: {}, body: 'quantity=1&signature=ab' }) // 'symbol=LTCBTCquantity=1'
 */
export function binanceStringToSign(request: RawRequest): string {
  const parts = splitRawRequest(request)
  return parts.query + parts.body
}
