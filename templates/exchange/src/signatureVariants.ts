import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'
import { type HmacVariantCandidate, hmacVariants, secretWithNewline, variantInputs } from '@signet/core/kit'

/**
 * The known ways __Name__ signatures go wrong for `intent` (plus `correct` first), each with the text signed and
 * the signature it gives, so a user's signature can be matched to its cause.
 *
 * @example
 * __name__SignatureVariants({ credentials: { apiKey, secret }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function __name__SignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const inputs = variantInputs(input)
  // TODO(new-exchange): `correct` first, then at least 8 wrong ways users sign, each with one sentence: params
  // reordered (inputs.sorted), encoded vs unencoded query (inputs.encoded / inputs.raw), `+` for space
  // (inputs.plus), JSON spacing (inputs.pythonBody), timestamp unit, wrong output encoding,
  // `secretWithNewline(correct, inputs.secret)`, passphrase as secret (inputs.passphrase)... `hmacVariants` signs
  // them and drops any whose signature equals an earlier one.
  const variants: HmacVariantCandidate[] = []
  void secretWithNewline
  if (variants.length === 0)
    throw new Error('TODO(new-exchange): implement __name__SignatureVariants in src/signatureVariants.ts')
  return hmacVariants(variants, { secret: inputs.secret, algorithm: 'sha256', encoding: 'hex' })
}
