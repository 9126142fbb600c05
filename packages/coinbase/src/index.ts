/**
 * Coinbase Advanced Trade for Signet: a JWT per request (ES256 or EdDSA CDP keys), WebSocket tokens, hosts,
 * error table and a verifier that answers like Coinbase.
 * @module
 */
export type { CoinbaseAlgorithm, CoinbaseKeyForm } from './_parseKey'
export { COINBASE_TOKEN_LIFETIME_S, coinbaseFreshness } from './coinbaseFreshness'
export { coinbaseTestKey } from './coinbaseTestKey'
export {
  type CoinbaseSigner,
  type CoinbaseSignOptions,
  type CoinbaseWebSocketAuth,
  type CoinbaseWebSocketAuthOptions,
  type CreateCoinbaseSignerParameters,
  createCoinbaseSigner,
} from './createCoinbaseSigner'
export {
  type CoinbaseVerifier,
  type CoinbaseVerifierOptions,
  type CoinbaseVerifyResult,
  type CoinbaseWsTokenResult,
  createCoinbaseVerifier,
} from './createCoinbaseVerifier'
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
export { type CoinbaseSignatureVariant, coinbaseSignatureVariants } from './signatureVariants'
export { coinbaseStringToSign } from './stringToSign'
