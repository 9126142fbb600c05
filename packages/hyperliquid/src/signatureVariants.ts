import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'

/**
 * The known ways Hyperliquid signatures go wrong for `intent` (plus `correct` first), each with the text signed and
 * the signature it gives, so a user's signature can be matched to its cause.
 *
 * @example
 * hyperliquidSignatureVariants({ credentials: { apiKey, secret }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function hyperliquidSignatureVariants(_input: SignatureVariantsInput): SignatureVariant[] {
  // TODO(new-exchange): `correct` first, then at least 8 wrong ways users sign, each with a one-sentence
  // description: params reordered, encoded vs unencoded query, `+` for space, JSON spacing, number formatting,
  // secret with a trailing newline, timestamp unit, wrong output encoding, passphrase as secret...
  throw new Error('TODO(new-exchange): implement hyperliquidSignatureVariants in src/signatureVariants.ts')
}
