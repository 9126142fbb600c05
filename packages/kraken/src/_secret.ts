import { CredentialFormatError, parseHmacSecret, revealSecret, type Secret } from '@signet/core'

/**
 * Checks a Kraken private key: the base64 text Kraken shows (spec kraken.md §2 decodes it before use), so text that
 * is not canonical base64 is refused before anything is signed. @internal
 */
export function parseKrakenSecret(input: string | Secret): Secret {
  const secret = parseHmacSecret(input, { exchange: 'kraken' })
  const text = revealSecret(secret)
  const canonical = /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0
  if (!canonical || Buffer.from(text, 'base64').toString('base64') !== text) {
    throw new CredentialFormatError('secret', `is not base64 (length ${text.length})`, {
      exchange: 'kraken',
      hint: 'Pass the private key exactly as Kraken shows it (base64, usually 88 characters ending in "=="); Signet decodes it.',
    })
  }
  return secret
}
