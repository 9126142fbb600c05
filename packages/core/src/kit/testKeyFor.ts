import { randomBytes } from 'node:crypto'
import {
  CredentialFormatError,
  type Credentials,
  type ExchangeDefinition,
  type ExchangeVerification,
  type TestKey,
} from '@signet/core'

/**
 * A key for tests and the emulator of `exchange`, never a real one: its verification's `testKey()` when it has one, otherwise
 * a random HMAC secret (32 hex digits, the shape of an OKX secret and an ordinary one everywhere else), with a
 * passphrase when its signer refuses the key without one.
 *
 * @example
 * const { credentials, verifierKey } = testKeyFor(kucoin, kucoinVerification)
 * const emulator = await startEmulator({ exchanges: [kucoinEmulation], keys: { kucoin: [verifierKey] } })
 */
export function testKeyFor(
  exchange: ExchangeDefinition,
  verification?: Pick<ExchangeVerification, 'testKey'> | undefined,
): TestKey {
  if (verification?.testKey) return verification.testKey()
  const apiKey = `${exchange.id}-test-${randomBytes(6).toString('hex')}`
  const secret = randomBytes(16).toString('hex').toUpperCase()
  let credentials: Credentials = { apiKey, secret }
  try {
    exchange.createSigner(credentials)
  } catch (error) {
    if (!(error instanceof CredentialFormatError && error.field === 'passphrase')) throw error
    credentials = { apiKey, secret, passphrase: `Test-${randomBytes(6).toString('hex')}` }
    exchange.createSigner(credentials)
  }
  const passphrase = credentials.passphrase as string | undefined
  return {
    credentials,
    verifierKey: { apiKey, secret, ...(passphrase ? { passphrase } : {}) },
    secrets: passphrase ? [secret, passphrase] : [secret],
  }
}
