import type { HmacVariantCandidate } from './hmacVariants'

/**
 * The variant every HMAC exchange shares: the right text signed with the secret plus a trailing newline, as a
 * secret read from a file or an environment variable often carries.
 *
 * @example
 * hmacVariants([{ id: 'correct', description, signedText: correct }, secretWithNewline(correct, secret)], options)
 */
export function secretWithNewline(signedText: string, secret: string): HmacVariantCandidate {
  return {
    id: 'secret-trailing-newline',
    description: 'The secret carried a trailing newline (read from a file or an environment variable).',
    signedText,
    key: `${secret}\n`,
  }
}
