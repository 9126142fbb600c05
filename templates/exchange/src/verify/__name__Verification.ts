import type { ExchangeVerification } from '@signet/core'
import { create__Name__Verifier } from '../create__Name__Verifier'

/**
 * __Name__'s server-side check as a capability, for the emulator, the CLI and tests. Keys that are not an HMAC
 * secret (EC, Ed25519, a wallet key): add `testKey()`, which makes one for the registry's tests, the client's
 * integration tests and `signet demo` (packages/coinbase has one).
 */
export const __name__Verification: ExchangeVerification = {
  createVerifier: (options) => create__Name__Verifier(options),
}
