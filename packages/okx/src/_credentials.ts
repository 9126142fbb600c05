import type { KeyObject } from 'node:crypto'
import { CredentialFormatError, isSecret, parseHmacSecret, revealSecret, type Secret } from '@signet/core'
import { checkPassphrases, createHmacKey, keyEnvironmentOf } from '@signet/core/kit'
import type { OkxKeyEnvironment } from './createOkxSigner'

/** Credentials after every shape check, with the HMAC key prepared once. @internal */
export type CheckedOkxCredentials = {
  apiKey: string
  key: KeyObject
  passphrase: string
  keyEnvironment: OkxKeyEnvironment
}

// The docs' example SecretKey is 32 uppercase hex characters and API keys are UUIDs (spec okx.md §1, §9).
// These shapes are used only to detect swapped fields, never to reject an unusual secret on its own.
const HEX32 = /^[0-9A-Fa-f]{32}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Checks OKX credentials for missing fields and the usual mix-ups; errors name the field, never the value. @internal */
export function checkOkxCredentials(credentials: {
  apiKey?: unknown
  secret?: unknown
  passphrase?: unknown
  privateKey?: unknown
  privateKeyPassphrase?: unknown
  keyEnvironment?: unknown
  environment?: unknown
}): CheckedOkxCredentials {
  if (typeof credentials !== 'object' || credentials === null) {
    throw fail('apiKey', 'credentials must be an object with apiKey, secret and passphrase')
  }
  if (credentials.privateKey !== undefined) {
    throw fail(
      'privateKey',
      'is not supported: OKX v5 signs with the HMAC secret only',
      'Pass the SecretKey OKX showed when the key was created as `secret` (spec okx.md §1).',
    )
  }
  const apiKey = checkApiKey(credentials.apiKey)
  // spec okx.md §1: OKX keys have an account passphrase and no PEM, so privateKeyPassphrase is refused by name.
  checkPassphrases(credentials as object, { exchange: 'okx', account: true, privateKey: false })
  const keyEnvironment = checkEnvironment(keyEnvironmentOf(credentials as object, 'okx'))
  if (credentials.secret === undefined || credentials.secret === null || credentials.secret === '') {
    throw fail('secret', 'is missing', 'Pass the SecretKey OKX showed when the key was created.')
  }
  if (typeof credentials.secret !== 'string' && !isSecret(credentials.secret)) {
    throw fail('secret', `expected a string or Secret, received ${typeof credentials.secret}`)
  }
  const secret = parseHmacSecret(credentials.secret as string | Secret, { exchange: 'okx' })
  const secretText = revealSecret(secret)
  const passphrase = checkPassphrase(credentials.passphrase)

  if (secretText === passphrase) {
    throw fail(
      'secret',
      'is the same text as `passphrase`',
      'The passphrase was probably passed as the secret: `secret` is the SecretKey OKX showed once, `passphrase` is the one you chose.',
    )
  }
  if (HEX32.test(passphrase) && !HEX32.test(secretText)) {
    throw fail(
      'secret',
      'looks like a passphrase while `passphrase` looks like an OKX SecretKey (32 hex characters)',
      'Swap the two: `secret` is the 32-character SecretKey, `passphrase` is the one you chose when creating the key.',
    )
  }
  if (secretText === apiKey) {
    throw fail('secret', 'is the same text as `apiKey`', 'Pass the SecretKey, not the API key, as `secret`.')
  }
  if (UUID.test(secretText) && HEX32.test(apiKey)) {
    throw fail(
      'apiKey',
      'looks like an OKX SecretKey while `secret` looks like an API key (UUID)',
      'Swap `apiKey` and `secret`.',
    )
  }
  return { apiKey, key: createHmacKey(secret), passphrase, keyEnvironment }
}

function checkApiKey(given: unknown): string {
  // A Secret API key is revealed once here: the OK-ACCESS-KEY header must carry the key itself.
  const value = isSecret(given) ? revealSecret(given) : given
  if (value === undefined || value === null || value === '') {
    throw fail('apiKey', 'is missing', 'Pass the API key (a UUID such as 37c541a1-...-10fe7a038418).')
  }
  if (typeof value !== 'string') throw fail('apiKey', `expected a string, received ${typeof value}`)
  if (/\s/.test(value)) {
    const where = /^\s/.test(value) ? 'starts with' : /\s$/.test(value) ? 'ends with' : 'contains'
    throw fail('apiKey', `${where} whitespace`, 'Copy the API key again, or trim what you read from a file.')
  }
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw fail('apiKey', 'contains characters that cannot be sent in the OK-ACCESS-KEY header')
  }
  return value
}

function checkPassphrase(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw fail(
      'passphrase',
      'is missing',
      'OKX keys have a passphrase chosen when the key was created; it is sent as OK-ACCESS-PASSPHRASE (spec okx.md §1).',
    )
  }
  if (typeof value !== 'string' && !isSecret(value)) {
    throw fail('passphrase', `expected a string or Secret, received ${typeof value}`)
  }
  const text = isSecret(value) ? revealSecret(value) : value
  if (text === '')
    throw fail('passphrase', 'is empty', 'Pass the passphrase chosen when the key was created.')
  const trim = 'Copy the passphrase again, or trim what you read from a file or environment variable.'
  if (/^\s/.test(text)) throw fail('passphrase', 'starts with whitespace', trim)
  if (/[\r\n]$/.test(text)) throw fail('passphrase', 'ends with a newline (CR/LF)', trim)
  if (/\s$/.test(text)) throw fail('passphrase', 'ends with whitespace', trim)
  if (/^(["'`]).*\1$/s.test(text)) {
    throw fail(
      'passphrase',
      'is wrapped in quotes',
      'Remove the quotes (a .env parser or shell quoting kept them).',
    )
  }
  // It travels in clear in a header: a control or non-ASCII character cannot be sent byte for byte.
  const bad = text.search(/[^\x20-\x7e]/)
  if (bad >= 0) {
    throw fail(
      'passphrase',
      `contains a character at position ${bad} that cannot be sent in the OK-ACCESS-PASSPHRASE header`,
      'Retype the passphrase; OKX support advises letters and digits (spec okx.md §10.4).',
    )
  }
  return text
}

function checkEnvironment(value: unknown): OkxKeyEnvironment {
  if (value === undefined || value === 'live') return 'live'
  if (value === 'demo') return 'demo'
  throw fail(
    'keyEnvironment',
    `expected "live" or "demo", received ${typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : typeof value}`,
    'Demo-trading keys are created in demo trading and sign with `x-simulated-trading: 1` (spec okx.md §3).',
  )
}

function fail(field: string, problem: string, hint?: string): CredentialFormatError {
  return new CredentialFormatError(field, problem, { exchange: 'okx', hint })
}
