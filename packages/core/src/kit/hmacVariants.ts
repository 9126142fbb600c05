import { createSecret, type SignatureVariant } from '@signet/core'
import { createHmacKey, type DigestEncoding, type HmacAlgorithm, hmac } from '../crypto/sign'

/** One way of signing, before its signature is computed. */
export type HmacVariantCandidate = {
  /** Stable id; the first candidate should be `correct`. */
  id: string
  /** One sentence a user understands. */
  description: string
  /** The text signed this way. */
  signedText: string
  /** The key used instead of the secret (a damaged secret, the passphrase). */
  key?: string | undefined
  algorithm?: HmacAlgorithm | undefined
  encoding?: DigestEncoding | undefined
}

/** Options of `hmacVariants`: the exchange's correct algorithm and output encoding, and the secret. */
export type HmacVariantsOptions = {
  secret: string
  algorithm: HmacAlgorithm
  encoding: DigestEncoding
}

/**
 * Signs each candidate with HMAC and keeps the first of any that give the same signature (so `correct` wins and
 * `signet explain` never names two causes); candidates whose key is empty are left out.
 *
 * @example
 * hmacVariants([{ id: 'correct', description: '...', signedText }], { secret, algorithm: 'sha256', encoding: 'hex' })
 */
export function hmacVariants(
  candidates: readonly HmacVariantCandidate[],
  options: HmacVariantsOptions,
): SignatureVariant[] {
  const out: SignatureVariant[] = []
  const seen = new Set<string>()
  for (const c of candidates) {
    const key = c.key ?? options.secret
    if (key === '') continue
    const signature = hmac(
      c.algorithm ?? options.algorithm,
      createHmacKey(createSecret(key)),
      c.signedText,
      c.encoding ?? options.encoding,
    )
    if (seen.has(signature)) continue
    seen.add(signature)
    out.push({ id: c.id, description: c.description, signedText: c.signedText, signature })
  }
  return out
}
