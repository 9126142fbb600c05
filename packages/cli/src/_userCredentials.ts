import { CredentialFormatError, type Credentials } from '@signet/core'
import { stringOption } from './_args'
import { repairCredentials, secretValues, toCredentials } from './_checkCredentials'
import type { Context } from './_context'
import { UsageError } from './_intent'
import { type CredentialInput, credentialsFromEnv, envPrefix } from './credentials'

/** Credentials for `explain` and `sign`, with remarks on placeholders and repairs. @internal */
export type ResolvedCredentials = {
  input: CredentialInput
  notes: string[]
  /** Values that must never be printed. */
  secrets: string[]
}

/** The API key used when none is given; the texts of exchanges that sign the key then mention it. @internal */
export const PLACEHOLDER_API_KEY = 'signet-placeholder-api-key'
const PLACEHOLDER_PASSPHRASE = 'SignetPlaceholder1'

/**
 * Reads the key from `SIGNET_<EXCHANGE>_*` variables, or from files or standard input (`--secret-file`,
 * `--passphrase-file`, `--private-key-file`, `-` for stdin); a secret or passphrase typed on the command line (seen by
 * every user in `ps`, kept in shell history) is refused unless `--insecure-argv` is given. An absent API key becomes
 * a placeholder, which matters only where the exchange signs the key itself. @internal
 */
export function resolveCredentials(
  context: Context,
  options: Record<string, unknown>,
  exchangeId: string,
): ResolvedCredentials {
  const { argv, io } = context
  const fromEnv = credentialsFromEnv(exchangeId, io.env, io.readFile)
  if (fromEnv.problems.length > 0) throw new UsageError(fromEnv.problems.join('; '))
  const prefix = envPrefix(exchangeId)
  const notes: string[] = []
  const flag = (name: string) => stringOption(argv, options, name)
  const stdinUsers = inputFlags.filter((name) => flag(name) === '-')
  if (stdinUsers.length > 1)
    throw new UsageError(`only one of ${stdinUsers.map((n) => `--${n}`).join(', ')} can read standard input`)
  const secretFlag = secretFromFlags(context, options, 'secret', `${prefix}SECRET`)
  const passphraseFlag = secretFromFlags(context, options, 'passphrase', `${prefix}PASSPHRASE`)
  const keyFile = flag('private-key-file')
  // Flags replace the environment's key as a whole, so a flag secret never meets an environment private key.
  let secret = secretFlag
  let privateKey: string | undefined
  if (keyFile !== undefined) {
    privateKey = readFlagFile(context, 'private-key-file', keyFile, false)
  } else if (secretFlag === undefined) {
    secret = fromEnv.input.secret
    privateKey = fromEnv.input.privateKey
  }
  if (secret === undefined && privateKey === undefined) {
    throw new UsageError(
      `the secret is needed: set ${prefix}SECRET, or pass --secret-file <path> (- for standard input) or --private-key-file`,
    )
  }
  let apiKey = flag('api-key') ?? fromEnv.input.apiKey
  if (apiKey === undefined) {
    apiKey = PLACEHOLDER_API_KEY
    notes.push(`no API key given (--api-key or ${prefix}API_KEY): a placeholder is used`)
  }
  const input: CredentialInput = {
    apiKey,
    secret,
    privateKey,
    passphrase: passphraseFlag ?? fromEnv.input.passphrase,
    environment: fromEnv.input.environment,
  }
  return { input, notes, secrets: secretValues(input) }
}

const inputFlags = ['secret', 'secret-file', 'passphrase', 'passphrase-file', 'private-key-file'] as const

// `--secret -` / `--secret-file <path|->`: stdin or an owner-only file. A value on argv needs --insecure-argv.
function secretFromFlags(
  context: Context,
  options: Record<string, unknown>,
  name: 'secret' | 'passphrase',
  variable: string,
): string | undefined {
  const inline = stringOption(context.argv, options, name)
  const file = stringOption(context.argv, options, `${name}-file`)
  if (inline !== undefined && file !== undefined)
    throw new UsageError(`pass --${name} or --${name}-file, not both`)
  if (file !== undefined) return readFlagFile(context, `${name}-file`, file, true)
  if (inline === '-') return readFlagFile(context, name, '-', true)
  if (inline !== undefined && options.insecureArgv !== true) {
    throw new UsageError(
      `refusing --${name} on the command line: other users see it in \`ps\` and it stays in shell history. ` +
        `Set ${variable}, or pass --${name}-file <path> (chmod 600) or --${name}-file - (standard input); ` +
        '--insecure-argv accepts it anyway',
    )
  }
  return inline
}

function readFlagFile(context: Context, name: string, path: string, secret: boolean): string {
  try {
    return context.io.readFile(path, { private: secret })
  } catch (error) {
    const { reason, code } = error as { reason?: string; code?: string }
    throw new UsageError(
      `--${name} ${path === '-' ? 'standard input' : path}: ${reason ?? code ?? 'cannot be read'}`,
    )
  }
}

/**
 * Runs `use` with the credentials; when the exchange rejects their shape, retries once with a placeholder
 * passphrase (none was given) or with hidden whitespace and quotes removed, and says so. @internal
 */
export function withCredentials<T>(resolved: ResolvedCredentials, use: (credentials: Credentials) => T): T {
  let input = resolved.input
  for (let attempt = 0; ; attempt++) {
    try {
      return use(toCredentials(input))
    } catch (error) {
      if (!(error instanceof CredentialFormatError) || attempt >= 2) throw error
      if (error.field === 'passphrase' && input.passphrase === undefined) {
        input = { ...input, passphrase: PLACEHOLDER_PASSPHRASE }
        resolved.notes.push('no passphrase given: a placeholder is used (it is not part of the signed text)')
        continue
      }
      const repaired = repairCredentials(input)
      if (!repaired) throw error
      input = repaired
      resolved.notes.push(
        `the ${error.field} ${error.shortMessage.replace(/^Invalid credential "[^"]*": /, '').replace(/\.$/, '')}; compared using it with that removed`,
      )
    }
  }
}
