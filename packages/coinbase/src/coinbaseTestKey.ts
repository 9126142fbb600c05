import { generateKeyPairSync, randomUUID } from 'node:crypto'
import type { TestKey } from '@signet/core'

/**
 * A made-up Coinbase key for tests and the emulator (never a real one): Ed25519, the default for new CDP keys, in
 * the 64-byte base64 form the CDP portal shows, or ES256 as a SEC1 PEM (spec coinbase.md §3).
 *
 * @example
 * const { credentials, verifierKey } = coinbaseTestKey()
 */
export function coinbaseTestKey(algorithm: 'EdDSA' | 'ES256' = 'EdDSA'): TestKey {
  const apiKey = `organizations/${randomUUID()}/apiKeys/${randomUUID()}`
  if (algorithm === 'ES256') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const pem = privateKey.export({ type: 'sec1', format: 'pem' }).toString()
    return {
      credentials: { apiKey, privateKey: pem },
      verifierKey: { apiKey, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      secrets: [pem],
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const jwk = privateKey.export({ format: 'jwk' })
  const base64 = Buffer.concat([Buffer.from(jwk.d!, 'base64url'), Buffer.from(jwk.x!, 'base64url')]).toString(
    'base64',
  )
  return {
    credentials: { apiKey, privateKey: base64 },
    verifierKey: { apiKey, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
    secrets: [base64],
  }
}
