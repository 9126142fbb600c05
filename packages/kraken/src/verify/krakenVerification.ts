import { randomBytes } from 'node:crypto'
import type { ExchangeVerification } from '@signet/core'
import { createKrakenVerifier } from '../createKrakenVerifier'

/** Kraken's server-side check as a capability: the verifier factory and a test-key maker, for the emulator, the CLI and tests. */
export const krakenVerification: ExchangeVerification = {
  createVerifier: (options) => createKrakenVerifier(options),
  // spec kraken.md §2: private keys are 64 random bytes shown as base64.
  testKey: () => {
    const apiKey = `kraken-test-${randomBytes(6).toString('hex')}`
    const secret = randomBytes(64).toString('base64')
    return { credentials: { apiKey, secret }, verifierKey: { apiKey, secret }, secrets: [secret] }
  },
}
