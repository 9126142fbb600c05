import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { CredentialFormatError, isSecret, revealSecret, type Secret } from '@signet/core'

/** The JWT algorithms Coinbase CDP keys sign with (spec coinbase.md §2). */
export type CoinbaseAlgorithm = 'ES256' | 'EdDSA'

/** The form a Coinbase key was given in, for diagnostics. */
export type CoinbaseKeyForm =
  | 'sec1-pem'
  | 'pkcs8-pem'
  | 'der'
  | 'ed25519-seed-and-public'
  | 'ed25519-seed'
  | 'key-object'

/** A parsed Coinbase private key, prepared once. @internal */
export type CoinbaseKey = {
  algorithm: CoinbaseAlgorithm
  privateKey: KeyObject
  publicKey: KeyObject
  /** SPKI PEM of the public key: what a verifier (or the emulator) stores. */
  publicKeyPem: string
  form: CoinbaseKeyForm
  /** Key name read from a CDP JSON key file (`name`, or `id` for newer keys), when the input was one. */
  keyName: string | undefined
  /** True when a PEM carried literal `\n` sequences, turned into line breaks (spec coinbase.md §3). */
  literalNewlines: boolean
}

type Fail = (problem: string, hint?: string) => CredentialFormatError

// RFC 8410 PKCS#8 prefix of an Ed25519 private key: SEQUENCE { version 0, AlgorithmIdentifier 1.3.101.112,
// OCTET STRING { OCTET STRING (32-byte seed) } }.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Parses a Coinbase CDP private key by its structure, never by guessing: SEC1 or PKCS#8 PEM (real or literal
 * `\n`), the CDP JSON key file, base64 Ed25519 as 64 bytes (seed ‖ public key) or 32 bytes (seed), base64 DER, or
 * a KeyObject. Errors say what is wrong and never quote the key. @internal
 */
export function parseCoinbaseKey(
  input: string | Secret | Uint8Array | KeyObject,
  field = 'privateKey',
): CoinbaseKey {
  const fail: Fail = (problem, hint) =>
    new CredentialFormatError(field, problem, { exchange: 'coinbase', hint })
  if (typeof input === 'object' && input !== null && 'asymmetricKeyType' in input && 'type' in input) {
    const key = input as KeyObject
    if (key.type !== 'private') throw fail(`is a ${key.type} KeyObject, expected the private key`)
    return finish(key, 'key-object', undefined, false, fail)
  }
  if (isSecret(input)) return parseText(revealSecret(input), fail)
  if (input instanceof Uint8Array) return parseBytes(Buffer.from(input), fail)
  if (typeof input !== 'string') {
    throw fail(`expected a PEM string, base64 text, bytes or a KeyObject, received ${typeOf(input)}`)
  }
  return parseText(input, fail)
}

function parseText(raw: string, fail: Fail): CoinbaseKey {
  if (raw.trim() === '')
    throw fail('is empty', 'Pass the private key Coinbase showed once when the key was made.')
  const text = raw.trim()
  if (/^(["'`]).*\1$/s.test(text)) {
    throw fail('is wrapped in quotes', 'Remove the quotes (a .env parser or shell quoting kept them).')
  }
  if (text.startsWith('{')) return parseKeyFile(text, fail)
  if (text.includes('-----BEGIN')) return parsePem(text, fail)
  if (/\s/.test(text)) {
    throw fail(
      'contains whitespace inside the base64 text',
      'Copy the key again as one line; only a PEM key spans several lines.',
    )
  }
  if (!BASE64.test(text)) {
    throw fail(
      'is neither PEM, a CDP JSON key file nor base64 text',
      'Pass the whole PEM including the BEGIN/END lines, or the base64 Ed25519 key exactly as Coinbase showed it.',
    )
  }
  if (text.length % 4 !== 0) {
    throw fail(
      `has ${text.length} base64 characters, not a multiple of 4 (truncated or padding lost)`,
      'Copy the whole key again, including any trailing "=".',
    )
  }
  const bytes = Buffer.from(text, 'base64')
  // Node's decoder ignores padding bits: a non-canonical text would decode to bytes nobody wrote.
  if (bytes.toString('base64') !== text) throw fail('is not canonical base64 (a character was altered)')
  return parseBytes(bytes, fail)
}

/** The key file the CDP portal downloads: `{"name"|"id": key name, "privateKey": key}` (spec coinbase.md §3). */
function parseKeyFile(text: string, fail: Fail): CoinbaseKey {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // JSON.parse quotes the text near the error, which would be key material: say only that it failed.
    throw fail('starts like a CDP JSON key file but is not valid JSON', 'Pass the file content unchanged.')
  }
  const file = json as { name?: unknown; id?: unknown; privateKey?: unknown } | null
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    throw fail('is JSON but not an object')
  if (typeof file.privateKey !== 'string') {
    throw fail(
      'is a JSON object without a "privateKey" string',
      'The CDP key file holds "name" (or "id") and "privateKey".',
    )
  }
  const name = typeof file.name === 'string' ? file.name : typeof file.id === 'string' ? file.id : undefined
  if (file.privateKey.trim().startsWith('{')) throw fail('holds a JSON key file inside its "privateKey"')
  return { ...parseText(file.privateKey, fail), keyName: name }
}

function parsePem(text: string, fail: Fail): CoinbaseKey {
  // spec coinbase.md §3: keys kept in environment variables or copied out of the JSON file carry literal "\n".
  const literalNewlines = /\\n/.test(text)
  const pem = literalNewlines ? text.replace(/\\r\\n|\\n/g, '\n') : text
  const labels = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]!)
  const label = labels.find((l) => l.endsWith('PRIVATE KEY')) ?? labels[0]
  if (label === undefined) throw fail('has a damaged -----BEGIN line')
  if (/PUBLIC KEY$/.test(label)) {
    throw fail(
      'is a public key, expected the private key',
      'Coinbase shows the private key once, when the key is created.',
    )
  }
  if (label === 'ENCRYPTED PRIVATE KEY') {
    throw fail('is an encrypted PEM', 'Coinbase keys are not encrypted: decrypt it before passing it.')
  }
  if (label !== 'EC PRIVATE KEY' && label !== 'PRIVATE KEY') {
    throw fail(
      `is a PEM "${label}", expected "EC PRIVATE KEY" (SEC1) or "PRIVATE KEY" (PKCS#8)`,
      label === 'RSA PRIVATE KEY' ? 'Coinbase CDP keys are ECDSA P-256 or Ed25519, never RSA.' : undefined,
    )
  }
  const begin = pem.indexOf(`-----BEGIN ${label}-----`) + `-----BEGIN ${label}-----`.length
  const end = pem.indexOf(`-----END ${label}-----`, begin)
  if (end < 0) {
    throw fail(
      `has no "-----END ${label}-----" line (truncated)`,
      'Copy the whole PEM including its END line.',
    )
  }
  const lines = pem.slice(begin, end).split(/\r?\n/)
  const body = lines.map((l) => l.trim()).join('')
  const bad = lines.findIndex((l) => !BASE64.test(l.trim()))
  if (bad >= 0) {
    throw fail(
      `has a line inside the PEM (line ${bad + 1} after BEGIN) that is not base64`,
      'The PEM was altered or escaped twice (\\\\n): copy it again.',
    )
  }
  const der = Buffer.from(body, 'base64')
  if (body === '' || der.toString('base64') !== body)
    throw fail('has a PEM body that is not valid base64 (truncated?)')
  const type = label === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs8'
  let key: KeyObject
  try {
    key = createPrivateKey({ key: der, format: 'der', type })
  } catch {
    throw fail(
      `has a PEM body that is not a valid ${type === 'sec1' ? 'SEC1' : 'PKCS#8'} private key (truncated or altered)`,
      'Copy the key again from the CDP key file.',
    )
  }
  return finish(key, type === 'sec1' ? 'sec1-pem' : 'pkcs8-pem', undefined, literalNewlines, fail)
}

/** Raw bytes: 64 (Ed25519 seed ‖ public key), 32 (Ed25519 seed), or a DER private key (spec coinbase.md §3). */
function parseBytes(bytes: Buffer, fail: Fail): CoinbaseKey {
  if (bytes.length === 64 || bytes.length === 32) {
    const seed = bytes.subarray(0, 32)
    const key = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    })
    const parsed = finish(
      key,
      bytes.length === 64 ? 'ed25519-seed-and-public' : 'ed25519-seed',
      undefined,
      false,
      fail,
    )
    if (bytes.length === 64 && !rawPublic(parsed.publicKey).equals(bytes.subarray(32))) {
      throw fail(
        'is 64 bytes, but the last 32 are not the public key of the first 32 (the key is damaged or two keys were joined)',
        'Copy the Ed25519 private key again exactly as Coinbase showed it.',
      )
    }
    return parsed
  }
  for (const type of ['pkcs8', 'sec1'] as const) {
    try {
      return finish(createPrivateKey({ key: bytes, format: 'der', type }), 'der', undefined, false, fail)
    } catch (error) {
      if (error instanceof CredentialFormatError) throw error
    }
  }
  throw fail(
    `decodes to ${bytes.length} bytes, which is neither an Ed25519 key (64 bytes seed and public key, or a 32-byte seed) nor a DER private key`,
    'Copy the whole key again; a PEM key must keep its BEGIN/END lines.',
  )
}

function finish(
  privateKey: KeyObject,
  form: CoinbaseKeyForm,
  keyName: string | undefined,
  literalNewlines: boolean,
  fail: Fail,
): CoinbaseKey {
  const type = privateKey.asymmetricKeyType
  let algorithm: CoinbaseAlgorithm
  if (type === 'ed25519') algorithm = 'EdDSA'
  else if (type === 'ec') {
    const curve = privateKey.asymmetricKeyDetails?.namedCurve
    if (curve !== 'prime256v1') {
      throw fail(
        `is an EC key on curve ${curve ?? 'unknown'}, expected P-256 (prime256v1)`,
        'Coinbase ES256 keys are P-256; a secp256k1 key belongs to a wallet, not to a CDP API key.',
      )
    }
    algorithm = 'ES256'
  } else {
    throw fail(`is an ${type ?? 'unknown'} key, expected ECDSA P-256 or Ed25519`)
  }
  const publicKey = createPublicKey(privateKey)
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  return { algorithm, privateKey, publicKey, publicKeyPem, form, keyName, literalNewlines }
}

/** The 32 raw bytes of an Ed25519 public key. @internal */
export function rawPublic(publicKey: KeyObject): Buffer {
  return Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
}
