import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto'

// Keys generated for the tests: never a real Coinbase key.

/** An ES256 (P-256) key in the forms Coinbase users hold it. */
export type EcTestKey = { sec1Pem: string; pkcs8Pem: string; publicKeyPem: string; privateKey: KeyObject }
/** An Ed25519 key in the forms Coinbase users hold it. */
export type EdTestKey = {
  /** base64 of seed ‖ public key (64 bytes): what the CDP portal shows. */
  base64: string
  /** base64 of the 32-byte seed alone. */
  seed32: string
  pkcs8Pem: string
  publicKeyPem: string
  privateKey: KeyObject
}

export function ecKey(): EcTestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  return {
    sec1Pem: privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
    pkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey,
  }
}

/** An Ed25519 key: random, or from a made-up seed label (for byte-exact vectors). */
export function edKey(label?: string): EdTestKey {
  const privateKey =
    label === undefined
      ? generateKeyPairSync('ed25519').privateKey
      : createPrivateKey({
          key: Buffer.concat([
            Buffer.from('302e020100300506032b657004220420', 'hex'),
            createHash('sha256').update(label).digest(),
          ]),
          format: 'der',
          type: 'pkcs8',
        })
  const jwk = privateKey.export({ format: 'jwk' })
  const seed = Buffer.from(jwk.d!, 'base64url')
  return {
    base64: Buffer.concat([seed, Buffer.from(jwk.x!, 'base64url')]).toString('base64'),
    seed32: seed.toString('base64'),
    pkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
    privateKey,
  }
}

/** A made-up key name in the CDP format. */
export const KEY_NAME =
  'organizations/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/apiKeys/1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809'

/** Decodes a JWT's header and claims without checking anything (tests only). */
export function peek(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, p] = token.split('.')
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString('utf8')),
    claims: JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')),
  }
}

/** The token of a signed request's Authorization header. */
export function tokenOf(request: { headers: Readonly<Record<string, string>> }): string {
  return request.headers.Authorization!.replace(/^Bearer /, '')
}
