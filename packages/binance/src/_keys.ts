import type { KeyObject } from 'node:crypto'
import {
  CredentialFormatError,
  type Credentials,
  isSecret,
  type KeyType,
  type PrivateKeyInfo,
  parseHmacSecret,
  parsePrivateKey,
  revealSecret,
} from '@signet/core'
import { checkPassphrases, createHmacKey, hmac, signAsymmetric } from '@signet/core/kit'

/** A Binance key prepared once: HMAC KeyObject or parsed private key. @internal */
export type PreparedKey =
  | { readonly type: 'hmac'; readonly key: KeyObject }
  | { readonly type: 'ed25519' | 'rsa'; readonly info: PrivateKeyInfo }

const EXCHANGE = 'binance'

/** Validates Binance credentials and prepares the key once (spec binance.md §1). @internal */
export function prepareKey(credentials: Credentials): PreparedKey {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new CredentialFormatError(
      'credentials',
      'expected an object with apiKey and secret or privateKey',
      {
        exchange: EXCHANGE,
      },
    )
  }
  // spec binance.md §3: no account passphrase; an encrypted PEM has its own (`privateKeyPassphrase`).
  checkPassphrases(credentials, { exchange: EXCHANGE, account: false, privateKey: true })
  const { secret, privateKey, privateKeyPassphrase } = credentials
  if (secret !== undefined && privateKey !== undefined) {
    throw new CredentialFormatError(
      'secret',
      'was given together with privateKey; a Binance key is one or the other',
      {
        exchange: EXCHANGE,
        hint: 'Pass `secret` for an HMAC key, or `privateKey` (+ `privateKeyPassphrase` if encrypted) for an Ed25519/RSA key.',
      },
    )
  }
  if (secret !== undefined) {
    return { type: 'hmac', key: createHmacKey(parseHmacSecret(secret, { exchange: EXCHANGE })) }
  }
  if (privateKey !== undefined) {
    // The type is read from the key's structure, never guessed from its length (spec §1). PKCS#1 RSA PEMs are
    // accepted: PKCS#8 is how Binance asks you to store the key, but the signature does not depend on it.
    const info = parsePrivateKey(privateKey, { passphrase: privateKeyPassphrase, exchange: EXCHANGE })
    if (info.type === 'rsa' && info.bits !== 2048 && info.bits !== 4096) {
      throw new CredentialFormatError(
        'privateKey',
        `is a ${info.bits}-bit RSA key; Binance accepts 2048- or 4096-bit RSA keys`,
        {
          exchange: EXCHANGE,
        },
      )
    }
    return { type: info.type, info }
  }
  throw new CredentialFormatError(
    'secret',
    'is missing: pass `secret` (HMAC) or `privateKey` (Ed25519/RSA)',
    {
      exchange: EXCHANGE,
    },
  )
}

/** Checks the API key text without ever printing it. @internal */
export function checkApiKey(apiKey: unknown): string {
  const value = isSecret(apiKey) ? revealSecret(apiKey) : apiKey
  const fail = (problem: string) =>
    new CredentialFormatError('apiKey', problem, {
      exchange: EXCHANGE,
      hint: 'Copy the API key again; it is sent as the X-MBX-APIKEY header exactly as given.',
    })
  if (typeof value !== 'string')
    throw fail(`expected a string, received ${value === null ? 'null' : typeof value}`)
  if (value.length === 0) throw fail('is empty')
  // A header value cannot carry whitespace or non-ASCII; Binance keys are 64 ASCII letters and digits.
  const bad = value.search(/[^\x21-\x7e]/)
  if (bad >= 0) throw fail(`contains whitespace or a non-printable/non-ASCII character at position ${bad}`)
  return value
}

/** Signs `text` the Binance way: HMAC-SHA256 hex, Ed25519 or RSA PKCS#1 v1.5 SHA-256 base64 (spec §1). @internal */
export function signText(key: PreparedKey, text: string): string {
  return key.type === 'hmac' ? hmac('sha256', key.key, text, 'hex') : signAsymmetric(key.info, text)
}

/** The key type as the Signer contract names it. @internal */
export function keyTypeOf(key: PreparedKey): KeyType {
  return key.type
}
