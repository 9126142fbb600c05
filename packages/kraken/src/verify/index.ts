/**
 * @signet/kraken/verify: a verifier that checks requests the way Kraken's server does, for emulators and tests.
 * @module
 */
export { createKrakenVerifier, type KrakenVerifierOptions } from '../createKrakenVerifier'
export { krakenVerification } from './krakenVerification'
