/**
 * @signet/gateio/verify: a verifier that checks requests the way Gate.io's server does, for emulators and tests.
 * @module
 */
export { createGateioVerifier, gateioRefusals } from '../createGateioVerifier'
export { gateioVerification } from './gateioVerification'
