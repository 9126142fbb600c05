import { isSecret, revealSecret, type Secret } from '@signet/core'

/**
 * The text of an optional credential that may be a `Secret`; `''` when it is absent. For signature variants and
 * verifiers, never for messages.
 *
 * @example
 * revealCredential(credentials.passphrase) // 'my-passphrase' or ''
 */
export function revealCredential(value: string | Secret | undefined): string {
  if (value === undefined) return ''
  return isSecret(value) ? revealSecret(value) : value
}
