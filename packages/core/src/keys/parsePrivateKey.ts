import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { CredentialFormatError } from '../errors/input'
import { isSecret, revealSecret, type Secret } from './secret'

/** Asymmetric key types exchanges accept. */
export type AsymmetricKeyType = 'ed25519' | 'rsa'

/** A parsed private key, prepared once for signing. */
export type PrivateKeyInfo = {
  type: AsymmetricKeyType
  /** Modulus length in bits (RSA only). */
  bits: number | undefined
  /** Prepared node:crypto key. Never logged: KeyObjects print without key material. */
  keyObject: KeyObject
  /** The matching public key, PEM (SPKI); handy to register with an exchange or an emulator. */
  publicKeyPem: string
}

/** Options of `parsePrivateKey`. */
export type ParsePrivateKeyOptions = {
  /** Passphrase of an encrypted PEM. */
  passphrase?: string | Secret | undefined
  /** Field name used in errors. @default 'privateKey' */
  field?: string
  /** Exchange id used in errors. */
  exchange?: string
}

/**
 * Parses a private key (PEM PKCS#8, PKCS#1, encrypted PKCS#8 with passphrase, DER bytes or base64 DER, or a
 * KeyObject) and detects its type from its structure, never from its length.
 *
 * @example
 * const key = parsePrivateKey(pem) // { type: 'ed25519', ... }
 */
export function parsePrivateKey(
  input: string | Secret | Uint8Array | KeyObject,
  options: ParsePrivateKeyOptions = {},
): PrivateKeyInfo {
  const { field = 'privateKey', exchange } = options
  const fail = (problem: string, hint?: string, cause?: unknown) =>
    new CredentialFormatError(field, problem, {
      exchange,
      hint,
      cause: cause === undefined ? undefined : redactCause(cause),
    })
  const passphrase = isSecret(options.passphrase) ? revealSecret(options.passphrase) : options.passphrase
  let keyObject: KeyObject
  if (typeof input === 'object' && input !== null && 'asymmetricKeyType' in input && 'type' in input) {
    keyObject = input as KeyObject
    if (keyObject.type !== 'private') throw fail(`is a ${keyObject.type} key, expected a private key`)
  } else {
    const raw = isSecret(input) ? revealSecret(input) : input
    if (typeof raw !== 'string' && !(raw instanceof Uint8Array)) {
      throw fail(
        `is ${raw === null ? 'null' : typeof raw}; expected a PEM string, DER bytes or a KeyObject`,
        'Pass the whole PEM file content, including the BEGIN/END lines.',
      )
    }
    keyObject =
      typeof raw === 'string'
        ? parseText(raw, passphrase, fail)
        : parseDer(Buffer.from(raw as Uint8Array), fail)
  }
  const type = keyObject.asymmetricKeyType
  if (type !== 'ed25519' && type !== 'rsa') {
    throw fail(`is an ${type ?? 'unknown'} key; expected Ed25519 or RSA`)
  }
  const bits = type === 'rsa' ? keyObject.asymmetricKeyDetails?.modulusLength : undefined
  const publicKeyPem = createPublicKey(keyObject).export({ type: 'spki', format: 'pem' }).toString()
  return { type, bits, keyObject, publicKeyPem }
}

type Fail = (problem: string, hint?: string, cause?: unknown) => CredentialFormatError

function parseText(text: string, passphrase: string | undefined, fail: Fail): KeyObject {
  // PEM keys stored in environment variables often carry literal "\n" sequences instead of line breaks.
  const pem = text.includes('-----BEGIN') ? text.trim().replace(/\\n/g, '\n') : undefined
  if (pem === undefined) {
    const compact = text.replace(/\s+/g, '')
    if (!/^[A-Za-z0-9+/]+=*$/.test(compact)) {
      throw fail(
        'is neither PEM nor base64 DER',
        'Pass the whole PEM file content, including the BEGIN/END lines.',
      )
    }
    return parseDer(Buffer.from(compact, 'base64'), fail)
  }
  if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem)) {
    throw fail(
      'is a public key, expected the private key',
      'Register the public key with the exchange; sign with the private key.',
    )
  }
  if (pem.includes('ENCRYPTED') && !passphrase) {
    throw fail('is an encrypted PEM but no passphrase was given', 'Pass `passphrase` with the key.')
  }
  try {
    return createPrivateKey(
      passphrase ? { key: pem, format: 'pem', passphrase } : { key: pem, format: 'pem' },
    )
  } catch (error) {
    if (pem.includes('ENCRYPTED'))
      throw fail('could not be decrypted with the given passphrase', undefined, error)
    throw fail(
      'is not a valid PEM private key',
      'Check that the file was not truncated or re-wrapped.',
      error,
    )
  }
}

function parseDer(der: Buffer, fail: Fail): KeyObject {
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      return createPrivateKey({ key: der, format: 'der', type })
    } catch {}
  }
  try {
    createPublicKey({ key: der, format: 'der', type: 'spki' })
  } catch {
    throw fail('is not a PKCS#8 or PKCS#1 private key in DER form')
  }
  throw fail('is a public key, expected the private key')
}

/** Keeps the cause's class and code but not its message, which may quote key material. @internal */
function redactCause(cause: unknown): Error {
  const code = (cause as { code?: string })?.code
  return new Error(`node:crypto rejected the key${code ? ` (${code})` : ''}`)
}
