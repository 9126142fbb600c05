import type { SignedRequest } from '@signet/core'
import { expect } from 'vitest'
import type { SignerVector } from './runSignerConformance'

/**
 * Asserts that a signed request reproduces a vector: every field the vector gives (URL, body, headers, with header
 * names compared case-insensitively) matches exactly.
 *
 * @example
 * for (const v of vectors) expectVector(await createOkxSigner(v.credentials).sign(v.intent, v.options), v)
 */
export function expectVector(signed: SignedRequest, vector: Pick<SignerVector, 'name' | 'expected'>): void {
  const { name, expected } = vector
  if (expected.url !== undefined) expect(signed.url, `${name} url`).toBe(expected.url)
  if (expected.body !== undefined) expect(signed.body, `${name} body`).toBe(expected.body)
  for (const [header, value] of Object.entries(expected.headers ?? {})) {
    const found = Object.keys(signed.headers).find((h) => h.toLowerCase() === header.toLowerCase())
    expect(found === undefined ? undefined : signed.headers[found], `${name} header ${header}`).toBe(value)
  }
}
