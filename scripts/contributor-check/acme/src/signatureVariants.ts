import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'
import { type HmacVariantCandidate, hmacVariants, secretWithNewline, variantInputs } from '@signet/core/kit'

/**
 * The known ways Acme signatures go wrong for `intent` (plus `correct` first), each with the text signed and the
 * signature it gives, so a user's ACME-SIGN can be matched to its cause.
 *
 * @example
 * acmeSignatureVariants({ credentials: { apiKey, secret, passphrase }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function acmeSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const q = variantInputs(input)
  const { intent, timestamp, secret, body } = q
  const text = (query: string, b = body, ts: number = timestamp, method: string = intent.method) =>
    `${ts}${method}${intent.path}${query === '' ? '' : `?${query}`}${b}`
  const correct = text(q.encoded)
  const variants: HmacVariantCandidate[] = [
    {
      id: 'correct',
      description: 'Signed timestamp + METHOD + path?query (as sent) + JSON body, HMAC-SHA256 in base64.',
      signedText: correct,
    },
    {
      id: 'unencoded-query',
      description: 'Signed the query before percent-encoding it.',
      signedText: text(q.raw),
    },
    {
      id: 'plus-for-space',
      description: 'Wrote spaces as "+" in the signed query.',
      signedText: text(q.plus),
    },
    {
      id: 'sorted-params',
      description: 'Sorted the parameters for signing but sent them in another order.',
      signedText: text(q.sorted),
    },
    { id: 'query-omitted', description: 'Signed the path without its "?query".', signedText: text('') },
    {
      id: 'body-omitted',
      description: 'Left the JSON body out of the signed text.',
      signedText: text(q.encoded, ''),
    },
    {
      id: 'json-spacing',
      description: 'Signed JSON with spaces after ":" and "," but sent compact JSON.',
      signedText: text(q.encoded, q.pythonBody),
    },
    {
      id: 'timestamp-seconds',
      description: 'Used a timestamp in seconds; ACME-TIMESTAMP is in milliseconds.',
      signedText: text(q.encoded, body, Math.floor(timestamp / 1000)),
    },
    {
      id: 'method-lowercase',
      description: 'Wrote the HTTP method in lower case.',
      signedText: text(q.encoded, body, timestamp, intent.method.toLowerCase()),
    },
    {
      id: 'hex-output',
      description: 'Encoded the HMAC as hex instead of base64.',
      signedText: correct,
      encoding: 'hex',
    },
    secretWithNewline(correct, secret),
    {
      id: 'passphrase-as-secret',
      description: 'Signed with the passphrase instead of the secret.',
      signedText: correct,
      key: q.passphrase,
    },
  ]
  return hmacVariants(variants, { secret, algorithm: 'sha256', encoding: 'base64' })
}
