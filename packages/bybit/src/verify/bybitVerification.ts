import type { ExchangeVerification } from '@signet/core'
import { createBybitVerifier } from '../createBybitVerifier'

/** Bybit's server-side check as a capability: the verifier factory, for the emulator, the CLI and tests. */
export const bybitVerification: ExchangeVerification = {
  createVerifier: (options) => createBybitVerifier(options),
}
