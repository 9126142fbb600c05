import {
  CredentialFormatError,
  type Credentials,
  type ExchangeDefinition,
  isSignetError,
  type KeyType,
  parseHmacSecret,
  parsePrivateKey,
  type Signer,
} from '@signet/core'
import { describeError, type ReportedError } from './_format'
import { type CredentialInput, type CredentialLookup, envPrefix } from './credentials'

/** What doctor says about one credential field: where it came from, its length, and what is wrong with it. @internal */
export type CredentialField = {
  field: 'apiKey' | 'secret' | 'privateKey' | 'passphrase' | 'environment'
  /** Variable or file field it was read from. */
  origin: string
  /** Length in UTF-16 units; the value itself is never reported. */
  length: number
  /** What is wrong, naming positions, never characters of the value. */
  problem?: string | undefined
  hint?: string | undefined
  /** Key type and size, for a private key that parsed. */
  detail?: string | undefined
}

/** The credentials part of a doctor report. @internal */
export type CredentialsReport = {
  status: 'ok' | 'fail' | 'skip'
  source: CredentialLookup['source']
  fields: CredentialField[]
  keyType?: KeyType | undefined
  message: string
  hint?: string | undefined
  error?: ReportedError | undefined
}

/** The values a report must never show. @internal */
export function secretValues(input: CredentialInput): string[] {
  return [input.secret, input.passphrase, input.privateKey, input.apiKey].filter(
    (v): v is string => typeof v === 'string',
  )
}

/** Credentials in the shape exchange factories take. @internal */
export function toCredentials(input: CredentialInput): Credentials {
  return {
    apiKey: input.apiKey ?? '',
    ...(input.secret !== undefined ? { secret: input.secret } : {}),
    ...(input.privateKey !== undefined ? { privateKey: input.privateKey } : {}),
    // One flag, two passphrases: with a PEM private key it decrypts the PEM (no exchange has both), else it is the
    // account passphrase (packages/core/VOCABULARY.md).
    ...(input.passphrase !== undefined
      ? input.privateKey !== undefined
        ? { privateKeyPassphrase: input.passphrase }
        : { passphrase: input.passphrase }
      : {}),
    ...(input.environment !== undefined ? { keyEnvironment: input.environment } : {}),
  }
}

/**
 * Checks each credential field for copy-and-paste damage (core's `parseHmacSecret` finds whitespace, line breaks,
 * quotes, literal `\n` and invisible characters; `parsePrivateKey` finds the key type), then asks the exchange's
 * own signer factory, which rejects the wrong key type or a missing/ill-formed passphrase with a typed error.
 * @internal
 */
export function checkCredentials(
  exchange: ExchangeDefinition,
  lookup: CredentialLookup,
): { report: CredentialsReport; signer: Signer | undefined } {
  const { input, origin, source } = lookup
  if (source === 'none' && lookup.problems.length === 0) {
    return {
      signer: undefined,
      report: {
        status: 'skip',
        source,
        fields: [],
        message: 'no credentials found',
        hint: `Set ${exchangeEnvNames(exchange.id)} or pass --credentials-file.`,
      },
    }
  }
  const fields: CredentialField[] = []
  const add = (field: CredentialField['field'], check?: (value: string) => Partial<CredentialField>) => {
    const value = input[field]
    if (value === undefined) return
    fields.push({ field, origin: origin[field] ?? field, length: value.length, ...check?.(value) })
  }
  const shape = (field: string) => (value: string) => problemOf(() => parseHmacSecret(value, { field }))
  add('apiKey', shape('apiKey'))
  add('secret', shape('secret'))
  add('privateKey', (value) => {
    // Keys kept in .env files often carry literal "\n": Signet reads them as line breaks, most libraries do not.
    const literal =
      value.includes('-----BEGIN') && value.includes('\\n')
        ? ', PEM with literal \\n read as line breaks'
        : ''
    try {
      const info = parsePrivateKey(value, { passphrase: input.passphrase })
      return { detail: (info.type === 'rsa' ? `RSA ${info.bits}-bit` : 'Ed25519') + literal }
    } catch (error) {
      // Key forms core does not parse (Coinbase's EC P-256 PEMs, raw Ed25519 seeds, CDP JSON key files) may be
      // the exchange's own: its signer judges the key, and only its verdict on `privateKey` is reported here.
      try {
        return { detail: keyNames[exchange.createSigner(toCredentials(input)).keyType] + literal }
      } catch (signerError) {
        if (signerError instanceof CredentialFormatError && signerError.field !== 'privateKey') return {}
        return problemOf(() => {
          throw signerError instanceof CredentialFormatError ? signerError : error
        })
      }
    }
  })
  add('passphrase', shape('passphrase'))
  add('environment')

  const problems = lookup.problems
  let signer: Signer | undefined
  let error: ReportedError | undefined
  if (problems.length === 0) {
    try {
      signer = exchange.createSigner(toCredentials(input))
    } catch (thrown) {
      error = describeError(thrown, secretValues(input))
    }
  }
  const damaged = fields.filter((f) => f.problem)
  const status = signer && damaged.length === 0 ? 'ok' : 'fail'
  const message =
    problems.length > 0
      ? problems.join('; ')
      : error
        ? error.message
        : damaged.length > 0
          ? damaged.map((f) => `${f.field} ${f.problem}`).join('; ')
          : `${signer!.keyType.toUpperCase()} key accepted by the ${exchange.name} signer`
  return {
    signer: status === 'ok' ? signer : undefined,
    report: {
      status,
      source,
      fields,
      keyType: signer?.keyType,
      message,
      hint: error?.hint ?? damaged[0]?.hint,
      ...(error ? { error } : {}),
    },
  }
}

const keyNames: Record<KeyType, string> = {
  hmac: 'HMAC',
  ed25519: 'Ed25519',
  rsa: 'RSA',
  p256: 'ECDSA P-256',
  secp256k1: 'secp256k1',
  remote: 'remote',
}

function problemOf(check: () => unknown): Partial<CredentialField> {
  try {
    check()
    return {}
  } catch (error) {
    if (!isSignetError(error)) return { problem: 'could not be checked' }
    // `Invalid credential "secret": ends with a newline (CR/LF).` -> `ends with a newline (CR/LF)`
    const problem = error.shortMessage.replace(/^Invalid credential "[^"]*": /, '').replace(/\.$/, '')
    return { problem, hint: error.hint }
  }
}

/**
 * A copy of the text credentials with the usual damage undone (surrounding whitespace, quotes, a literal or real
 * trailing newline, invisible characters), or undefined when there was nothing to undo. @internal
 */
export function repairCredentials(input: CredentialInput): CredentialInput | undefined {
  let changed = false
  const repair = (value: string | undefined) => {
    if (value === undefined) return undefined
    let text = value.trim()
    const quoted = /^(["'`])(.*)\1$/s.exec(text)
    if (quoted) text = quoted[2]!.trim()
    text = text.replace(/(\\r)?\\n$/, '').replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
    if (text !== value) changed = true
    return text
  }
  const repaired: CredentialInput = {
    ...input,
    apiKey: repair(input.apiKey),
    secret: repair(input.secret),
    passphrase: repair(input.passphrase),
  }
  return changed ? repaired : undefined
}

/** `SIGNET_BINANCE_API_KEY and SIGNET_BINANCE_SECRET (or _PRIVATE_KEY / _PRIVATE_KEY_FILE, _PASSPHRASE)`. @internal */
export function exchangeEnvNames(exchangeId: string): string {
  const p = envPrefix(exchangeId)
  return `${p}API_KEY and ${p}SECRET (or ${p}PRIVATE_KEY / ${p}PRIVATE_KEY_FILE; ${p}PASSPHRASE where the exchange has one)`
}
