/**
 * Coinbase Advanced Trade for Signet: a JWT per request (ES256 or EdDSA CDP keys), WebSocket tokens, hosts,
 * error table and the definition; the verifier is on `/verify`.
 * @module
 */
export type { CoinbaseAlgorithm, CoinbaseKeyForm } from './_parseKey'
export { COINBASE_TOKEN_LIFETIME_S, coinbaseFreshness } from './coinbaseFreshness'
export {
  type CoinbaseSigner,
  type CoinbaseSignOptions,
  type CoinbaseWebSocketAuth,
  type CoinbaseWebSocketAuthOptions,
  type CreateCoinbaseSignerParameters,
  createCoinbaseSigner,
} from './createCoinbaseSigner'
export { coinbase } from './definition'
export { describeCoinbaseIntent } from './describeIntent'
export {
  type CoinbaseErrorEntry,
  type CoinbaseUnauthorizedCause,
  classifyCoinbaseError,
  coinbaseErrors,
  coinbaseUnauthorizedCauses,
} from './errors'
export { coinbaseHosts } from './hosts'
export { parseCoinbaseServerTime } from './parseCoinbaseServerTime'
export { coinbaseRateLimits } from './rateLimits'
