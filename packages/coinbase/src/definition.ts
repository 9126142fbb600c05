import { defineExchange } from '@signet/core'
import { coinbaseFreshness } from './coinbaseFreshness'
import { createCoinbaseSigner } from './createCoinbaseSigner'
import { classifyCoinbaseError } from './errors'
import { coinbaseHosts } from './hosts'
import { parseCoinbaseServerTime } from './parseCoinbaseServerTime'
import { coinbaseRateLimits } from './rateLimits'

/**
 * Coinbase Advanced Trade as data plus factories: hosts, a 2-minute JWT per request (freshness `token`), the
 * error table and signer (the verifier is on `@signet/coinbase/verify`).
 *
 * @example
 * const signer = coinbase.createSigner({ apiKey: 'organizations/…/apiKeys/…', privateKey: pem })
 */
export const coinbase = defineExchange({
  id: 'coinbase',
  name: 'Coinbase',
  products: coinbaseHosts,
  defaultProduct: 'advanced',
  freshness: coinbaseFreshness,
  bodyParams: 'json',
  rateLimits: coinbaseRateLimits,
  parseServerTime: parseCoinbaseServerTime,
  classifyError: classifyCoinbaseError,
  createSigner: (credentials) => createCoinbaseSigner(credentials),
  clientOrderIdParam: 'client_order_id',
})
