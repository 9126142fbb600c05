import type { ExchangeVerification } from '@signet/core'
import { createKucoinVerifier } from '../createKucoinVerifier'

/** KuCoin's server-side check as a capability: the verifier factory, for the emulator, the CLI and tests. */
export const kucoinVerification: ExchangeVerification = {
  createVerifier: (options) => createKucoinVerifier(options),
}
