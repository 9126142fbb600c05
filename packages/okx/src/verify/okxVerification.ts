import type { ExchangeVerification } from '@signet/core'
import { createOkxVerifier } from '../createOkxVerifier'

/** OKX's server-side check as a capability: the verifier factory, for the emulator, the CLI and tests. */
export const okxVerification: ExchangeVerification = {
  createVerifier: (options) => createOkxVerifier(options),
}
