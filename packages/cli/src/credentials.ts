import { dirname, resolve } from 'node:path'

/** Credentials as text, exactly as read (hidden whitespace kept, so doctor can report it). */
export type CredentialInput = {
  apiKey?: string | undefined
  secret?: string | undefined
  privateKey?: string | undefined
  passphrase?: string | undefined
  /** The key's environment (`live`, `demo`), where the exchange signs differently per environment. */
  environment?: string | undefined
}

/** Credentials with where they came from; `origin` names the variable or file field of each value, never the value. */
export type CredentialLookup = {
  input: CredentialInput
  source: 'env' | 'file' | 'none'
  origin: Partial<Record<keyof CredentialInput, string>>
  /** Problems reading them (a missing key file, invalid JSON), already free of secrets. */
  problems: string[]
}

/** `SIGNET_BINANCE_` for `binance`. @internal */
export function envPrefix(exchangeId: string): string {
  return `SIGNET_${exchangeId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_`
}

const fields = ['apiKey', 'secret', 'privateKey', 'passphrase', 'environment'] as const

/** True when any credential field is present. @internal */
export function hasCredentials(input: CredentialInput): boolean {
  return fields.some((field) => field !== 'environment' && input[field] !== undefined)
}

/**
 * Reads `SIGNET_<EXCHANGE>_API_KEY`, `_SECRET`, `_PRIVATE_KEY` or `_PRIVATE_KEY_FILE`, `_PASSPHRASE` and
 * `_ENVIRONMENT`; values are kept byte for byte so hidden whitespace can be reported.
 *
 * @example
 * const lookup = credentialsFromEnv('binance', process.env, (path) => readFileSync(path, 'utf8'))
 */
export function credentialsFromEnv(
  exchangeId: string,
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string,
): CredentialLookup {
  const prefix = envPrefix(exchangeId)
  const names = {
    apiKey: `${prefix}API_KEY`,
    secret: `${prefix}SECRET`,
    privateKey: `${prefix}PRIVATE_KEY`,
    passphrase: `${prefix}PASSPHRASE`,
    environment: `${prefix}ENVIRONMENT`,
  }
  const input: CredentialInput = {}
  const origin: CredentialLookup['origin'] = {}
  const problems: string[] = []
  for (const field of fields) {
    const value = env[names[field]]
    if (value !== undefined) {
      input[field] = value
      origin[field] = names[field]
    }
  }
  const keyFile = env[`${prefix}PRIVATE_KEY_FILE`]
  if (input.privateKey === undefined && keyFile !== undefined) {
    origin.privateKey = `${prefix}PRIVATE_KEY_FILE`
    try {
      input.privateKey = readFile(keyFile)
    } catch (error) {
      problems.push(`${prefix}PRIVATE_KEY_FILE: cannot read ${keyFile} (${codeOf(error)})`)
    }
  }
  return { input, source: hasCredentials(input) ? 'env' : 'none', origin, problems }
}

/**
 * Reads a JSON credentials file: `{ apiKey, secret | privateKey | privateKeyFile, passphrase?, environment? }`,
 * or an object of those by exchange id; a relative `privateKeyFile` is read next to the file.
 *
 * @example
 * const lookup = credentialsFromFile('creds.json', 'okx', (path) => readFileSync(path, 'utf8'))
 */
export function credentialsFromFile(
  path: string,
  exchangeId: string,
  readFile: (path: string) => string,
): CredentialLookup {
  const empty = (problem: string): CredentialLookup => ({
    input: {},
    source: 'file',
    origin: {},
    problems: [problem],
  })
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    return empty(`cannot read ${path} (${codeOf(error)})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // JSON.parse messages quote the text around the error, which may be a secret: say only that it failed.
    return empty(`${path} is not valid JSON`)
  }
  if (!isRecord(parsed)) return empty(`${path} must hold a JSON object`)
  const nested = parsed[exchangeId]
  const record = isRecord(nested) ? nested : parsed
  const where = isRecord(nested) ? `${path}: ${exchangeId}.` : `${path}: `
  const input: CredentialInput = {}
  const origin: CredentialLookup['origin'] = {}
  const problems: string[] = []
  for (const field of fields) {
    const value = record[field]
    if (value === undefined) continue
    if (typeof value !== 'string') {
      problems.push(`${where}${field} must be a string, found ${value === null ? 'null' : typeof value}`)
      continue
    }
    input[field] = value
    origin[field] = `${where}${field}`
  }
  const keyFile = record.privateKeyFile
  if (input.privateKey === undefined && typeof keyFile === 'string') {
    const full = resolve(dirname(path), keyFile)
    origin.privateKey = `${where}privateKeyFile`
    try {
      input.privateKey = readFile(full)
    } catch (error) {
      problems.push(`${where}privateKeyFile: cannot read ${full} (${codeOf(error)})`)
    }
  }
  return { input, source: 'file', origin, problems }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function codeOf(error: unknown): string {
  // readInput's errors carry a printable reason (too large, no writer, readable by others); others a code.
  const { reason, code } = (error ?? {}) as { reason?: string; code?: string }
  return reason ?? code ?? 'unreadable'
}
