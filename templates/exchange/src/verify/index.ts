/**
 * @signet/__name__/verify: a verifier that checks requests the way __Name__'s server does, for emulators and tests.
 * @module
 */
export { __name__Refusals, create__Name__Verifier } from '../create__Name__Verifier'
export { __name__Verification } from './__name__Verification'
