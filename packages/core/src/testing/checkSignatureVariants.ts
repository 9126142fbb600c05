import type { SignatureVariant } from '@signet/core'
import { expect } from 'vitest'

/** Options of `checkSignatureVariants`. */
export type CheckSignatureVariantsOptions = {
  /** The signature the signer sends for the same intent and time: the `correct` variant must equal it. */
  signature?: string | undefined
  /** Values no signed text may contain (secrets, passphrases). */
  secrets?: readonly string[] | undefined
  /** How many variants at least, `correct` included. @default 9 */
  minimum?: number | undefined
}

/**
 * Asserts what every exchange's signature variants promise: `correct` first (equal to the signer's signature when
 * given), at least `minimum` of them, unique ids and signatures, each described in one sentence, no secret in any
 * signed text. Returns them by id, for the checks that are the exchange's own.
 *
 * @example
 * const byId = checkSignatureVariants(okx.signatureVariants({ credentials, intent, timestamp }), { signature, secrets: [secret] })
 */
export function checkSignatureVariants(
  variants: readonly SignatureVariant[],
  options: CheckSignatureVariantsOptions = {},
): Record<string, SignatureVariant> {
  const { signature, secrets = [], minimum = 9 } = options
  expect(variants[0]?.id, 'the first variant').toBe('correct')
  if (signature !== undefined)
    expect(variants[0]?.signature, 'correct = what the signer sends').toBe(signature)
  expect(variants.length, 'variants, correct included').toBeGreaterThanOrEqual(minimum)
  expect(new Set(variants.map((v) => v.id)).size, 'unique ids').toBe(variants.length)
  expect(new Set(variants.map((v) => v.signature)).size, 'unique signatures').toBe(variants.length)
  for (const v of variants) {
    expect(v.description, v.id).toMatch(/^[A-Z].*\.$/)
    for (const secret of secrets) expect(v.signedText, `${v.id} shows a secret`).not.toContain(secret)
  }
  return Object.fromEntries(variants.map((v) => [v.id, v]))
}
