/**
 * @signet/coinbase/verify: a verifier that checks requests the way Coinbase Advanced Trade's server does, for emulators and tests.
 * @module
 */
export { coinbaseTestKey } from '../coinbaseTestKey'
export {
  type CoinbaseVerifier,
  type CoinbaseVerifierOptions,
  type CoinbaseVerifyResult,
  type CoinbaseWsTokenResult,
  createCoinbaseVerifier,
} from '../createCoinbaseVerifier'
export { coinbaseVerification } from './coinbaseVerification'
