import { inspect } from 'node:util'
import { isSignetError } from '@signet/core'
import { expect } from 'vitest'
import { thrown } from './thrown'

/** Options of `expectFieldErrors`. */
export type ExpectFieldErrorsOptions = {
  /** The error class every case must throw, by name (e.g. `CredentialFormatError`). */
  name?: string | undefined
  /** Values no error may show, in its message, `util.inspect` output or JSON. */
  secrets?: readonly string[] | undefined
}

/**
 * Asserts that each case throws a typed Signet error naming its field (of class `name` when given), showing none of
 * `secrets`: the shape of every signer's "bad credentials" and "bad intents" tests.
 *
 * @example
 * expectFieldErrors([['secret', () => createOkxSigner({ ...key, secret: undefined })]], { name: 'CredentialFormatError', secrets: [key.secret] })
 */
export function expectFieldErrors(
  cases: readonly (readonly [field: string, run: () => unknown])[],
  options: ExpectFieldErrorsOptions = {},
): void {
  for (const [field, run] of cases) {
    const error = thrown(run)
    expect(isSignetError(error), `${field}: a SignetError`).toBe(true)
    expect(error, field).toMatchObject(options.name === undefined ? { field } : { name: options.name, field })
    const shown = `${error.message}\n${inspect(error, { depth: 5 })}\n${JSON.stringify(error)}`
    for (const secret of options.secrets ?? []) expect(shown, `${field} shows a secret`).not.toContain(secret)
  }
}
