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
 * Reads the key from flags or (preferred, stays out of shell history) `SIGNET_<EXCHANGE>_*` variables; an absent
 * API key becomes a placeholder, which matters only where the exchange signs the key itself. @internal
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
  const keyFile = flag('private-key-file')
  const secretFlag = flag('secret')
  // Flags replace the environment's key as a whole, so a flag secret never meets an environment private key.
  let secret = secretFlag
  let privateKey: string | undefined
  if (keyFile !== undefined) {
    try {
      privateKey = io.readFile(keyFile)
    } catch (error) {
      throw new UsageError(
        `cannot read --private-key-file ${keyFile} (${(error as { code?: string }).code ?? 'error'})`,
      )
    }
  } else if (secretFlag === undefined) {
    secret = fromEnv.input.secret
    privateKey = fromEnv.input.privateKey
  }
  if (secretFlag !== undefined || flag('passphrase') !== undefined) {
    notes.push(
      `prefer ${prefix}SECRET / ${prefix}PASSPHRASE to --secret / --passphrase: flags stay in shell history`,
    )
  }
  if (secret === undefined && privateKey === undefined) {
    throw new UsageError(
      `the secret is needed: set ${prefix}SECRET (preferred), or pass --secret or --private-key-file`,
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
    passphrase: flag('passphrase') ?? fromEnv.input.passphrase,
    environment: fromEnv.input.environment,
  }
  return { input, notes, secrets: secretValues(input) }
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
