import type { ExchangeVerification } from '@signet/core'
import { coinbaseTestKey } from '../coinbaseTestKey'
import { createCoinbaseVerifier } from '../createCoinbaseVerifier'

/** Coinbase Advanced Trade's server-side check as a capability: the verifier factory and a test-key maker, for the emulator, the CLI and tests. */
export const coinbaseVerification: ExchangeVerification = {
  createVerifier: (options) => createCoinbaseVerifier(options),
  testKey: () => coinbaseTestKey(),
}
