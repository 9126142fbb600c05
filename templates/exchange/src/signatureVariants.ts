import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'
import { type HmacVariantCandidate, hmacVariants, queryForms, revealCredential } from '@signet/core/kit'

/**
 * The known ways __Name__ signatures go wrong for `intent` (plus `correct` first), each with the text signed and
 * the signature it gives, so a user's signature can be matched to its cause.
 *
 * @example
 * __name__SignatureVariants({ credentials: { apiKey, secret }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function __name__SignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const secret = revealCredential(input.credentials.secret)
  const query = queryForms(input.intent.params)
  // TODO(new-exchange): `correct` first, then at least 8 wrong ways users sign, each with one sentence: params
  // reordered (query.sorted), encoded vs unencoded query (query.encoded / query.raw), `+` for space (query.plus),
  // JSON spacing (pythonJson), timestamp unit, wrong output encoding, secret with a trailing newline, passphrase
  // as secret... `hmacVariants` signs them and drops any whose signature equals an earlier one.
  const variants: HmacVariantCandidate[] = []
  void query
  if (variants.length === 0)
    throw new Error('TODO(new-exchange): implement __name__SignatureVariants in src/signatureVariants.ts')
  return hmacVariants(variants, { secret, algorithm: 'sha256', encoding: 'hex' })
}
