import { generateKeyPairSync, randomBytes } from 'node:crypto'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A random 64-character key/secret in Binance's format (generated per run, never a real key). */
export function randomKeyText(): string {
  return [...randomBytes(64)].map((b) => ALNUM[b % ALNUM.length]).join('')
}

/** Test credentials of each key type plus the verifier's record of the same key. */
export function testKeys() {
  const hmac = { apiKey: randomKeyText(), secret: randomKeyText() }
  const ed = generateKeyPairSync('ed25519')
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = (k: typeof ed.privateKey) => k.export({ type: 'pkcs8', format: 'pem' }).toString()
  const ed25519 = { apiKey: randomKeyText(), privateKey: pem(ed.privateKey) }
  const rsaKey = { apiKey: randomKeyText(), privateKey: pem(rsa.privateKey) }
  return {
    hmac: {
      credentials: hmac,
      verifierKey: { apiKey: hmac.apiKey, secret: hmac.secret },
      secrets: [hmac.secret],
    },
    ed25519: {
      credentials: ed25519,
      verifierKey: { apiKey: ed25519.apiKey, publicKey: ed.publicKey },
      secrets: [ed25519.privateKey, ed25519.privateKey.split('\n')[1]!],
    },
    rsa: {
      credentials: rsaKey,
      verifierKey: { apiKey: rsaKey.apiKey, publicKey: rsa.publicKey },
      secrets: [rsaKey.privateKey, rsaKey.privateKey.split('\n')[1]!],
    },
  }
}
