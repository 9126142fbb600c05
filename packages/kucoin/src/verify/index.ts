/**
 * @signet/kucoin/verify: a verifier that checks requests the way KuCoin's server does, for emulators and tests.
 * @module
 */
export { createKucoinVerifier, type KucoinVerifierOptions, kucoinRefusals } from '../createKucoinVerifier'
export { kucoinVerification } from './kucoinVerification'
