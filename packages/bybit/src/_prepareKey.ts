import {
  CredentialFormatError,
  type Credentials,
  isSecret,
  parseHmacSecret,
  parsePrivateKey,
  revealSecret,
} from '@signet/core'
import { checkPassphrases, createHmacKey, hmac, signAsymmetric } from '@signet/core/kit'

/** A key prepared once: signs Bybit's text with HMAC-SHA256 (lowercase hex) or RSA-SHA256 (base64). @internal */
export type PreparedKey = {
  keyType: 'hmac' | 'rsa'
  apiKey: string
  sign(text: string): string
}

/**
 * Checks Bybit credentials and prepares the key once (spec bybit.md §1): `secret` is an HMAC secret, `privateKey`
 * an RSA key (PKCS#1 v1.5, SHA-256); Ed25519 is not offered by Bybit. @internal
 */
export function prepareKey(credentials: Credentials): PreparedKey {
  if (credentials === null || typeof credentials !== 'object') {
    throw new CredentialFormatError('credentials', 'expected an object with apiKey and secret or privateKey')
  }
  // spec bybit.md §1: no account passphrase; an encrypted RSA PEM has its own (`privateKeyPassphrase`).
  checkPassphrases(credentials, { exchange: 'bybit', account: false, privateKey: true })
  const { secret, privateKey, privateKeyPassphrase } = credentials
  // A Secret API key is revealed once here: the header must carry the key itself.
  const apiKey = isSecret(credentials.apiKey) ? revealSecret(credentials.apiKey) : credentials.apiKey
  checkApiKey(apiKey)
  const fail = (field: string, problem: string, hint?: string) =>
    new CredentialFormatError(field, problem, { exchange: 'bybit', hint })
  if (secret !== undefined && privateKey !== undefined) {
    throw fail(
      'privateKey',
      'was given together with secret',
      'Pass either `secret` (system-generated HMAC key) or `privateKey` (self-generated RSA key), not both.',
    )
  }
  if (secret !== undefined) {
    // parseHmacSecret rejects a PEM passed as `secret`, whitespace, quotes and invisible characters.
    const key = createHmacKey(parseHmacSecret(secret, { field: 'secret', exchange: 'bybit' }))
    return { keyType: 'hmac', apiKey, sign: (text) => hmac('sha256', key, text, 'hex') }
  }
  if (privateKey !== undefined) {
    const info = parsePrivateKey(privateKey, {
      passphrase: privateKeyPassphrase,
      field: 'privateKey',
      exchange: 'bybit',
    })
    if (info.type !== 'rsa') {
      throw fail(
        'privateKey',
        `is an ${info.type === 'ed25519' ? 'Ed25519' : info.type} key; Bybit accepts only RSA keys (or an HMAC secret)`,
        'Generate an RSA key pair (Bybit api-rsa-generator), register the public key with Bybit and pass the RSA private key.',
      )
    }
    return { keyType: 'rsa', apiKey, sign: (text) => signAsymmetric(info, text) }
  }
  throw fail(
    'secret',
    'is missing (give `secret` for an HMAC key or `privateKey` for an RSA key)',
    'Pass the secret Bybit showed when the key was created, or your RSA private key.',
  )
}

function checkApiKey(apiKey: unknown): asserts apiKey is string {
  const fail = (problem: string) =>
    new CredentialFormatError('apiKey', problem, {
      exchange: 'bybit',
      hint: 'Copy the API key again; it is sent in X-BAPI-API-KEY and is part of the signed text.',
    })
  if (typeof apiKey !== 'string') throw fail(`expected a string, received ${typeof apiKey}`)
  if (apiKey.length === 0) throw fail('is empty')
  // It is concatenated into the signed text and sent as a header: whitespace or controls break both.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw fail('contains whitespace, control or non-ASCII characters')
}

/** The plain text of an HMAC secret given as string or Secret (for the damaged-secret variants). @internal */
export function secretText(secret: Credentials['secret']): string | undefined {
  if (secret === undefined) return undefined
  return isSecret(secret) ? revealSecret(secret) : typeof secret === 'string' ? secret : undefined
}
