import { isSecret, revealSecret, type Secret } from '@signet/core'

/** The text of an optional credential that may be a `Secret`. @internal */
export function reveal(value: string | Secret | undefined): string {
  if (value === undefined) return ''
  return isSecret(value) ? revealSecret(value) : value
}
