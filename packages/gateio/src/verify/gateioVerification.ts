import type { ExchangeVerification } from '@signet/core'
import { createGateioVerifier } from '../createGateioVerifier'

/** Gate.io's server-side check as a capability: the verifier factory, for the emulator, the CLI and tests. */
export const gateioVerification: ExchangeVerification = {
  createVerifier: (options) => createGateioVerifier(options),
}
