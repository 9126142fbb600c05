/**
 * @signet/bybit/verify: a verifier that checks requests the way Bybit's server does, for emulators and tests.
 * @module
 */
export { createBybitVerifier } from '../createBybitVerifier'
export { bybitVerification } from './bybitVerification'
