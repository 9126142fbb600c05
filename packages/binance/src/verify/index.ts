/**
 * @signet/binance/verify: a verifier that checks requests the way Binance's server does, for emulators and tests.
 * @module
 */
export { createBinanceVerifier } from '../createBinanceVerifier'
export { binanceVerification } from './binanceVerification'
