import { randomBytes } from 'node:crypto'
import type { ExchangeVerification } from '@signet/core'
import { addressOf } from '../_ecdsa'
import { createHyperliquidVerifier } from '../createHyperliquidVerifier'

/** Hyperliquid's server-side check as a capability: the verifier factory and a test-key maker, for the emulator, the CLI and tests. */
export const hyperliquidVerification: ExchangeVerification = {
  createVerifier: (options) => createHyperliquidVerifier(options),
  testKey() {
    // A fresh random wallet, never a real one; the verifier knows it by its address.
    const key = randomBytes(32)
    const privateKey = `0x${key.toString('hex')}`
    const address = addressOf(key)
    return {
      credentials: { apiKey: address, privateKey },
      verifierKey: { apiKey: address },
      secrets: [privateKey, privateKey.slice(2)],
    }
  },
}
