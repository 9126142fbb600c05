/**
 * @signet/okx/verify: a verifier that checks requests the way OKX's server does, for emulators and tests.
 * @module
 */
export { createOkxVerifier, type OkxVerifier, type OkxWsLoginResult } from '../createOkxVerifier'
export { okxVerification } from './okxVerification'
