import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'
import { type HmacVariantCandidate, hmacVariants, secretWithNewline, variantInputs } from '@signet/core/kit'

/**
 * The known ways KuCoin signatures go wrong for `intent` (plus `correct` first), each with the text signed and
 * the signature it gives, so a user's KC-API-SIGN can be matched to its cause.
 *
 * @example
 * kucoinSignatureVariants({ credentials: { apiKey, secret, passphrase }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function kucoinSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { intent, timestamp, secret, passphrase, raw, encoded, plus, sorted, body, pythonBody } =
    variantInputs(input)
  const text = (
    query: string,
    b = body,
    ts: number = timestamp,
    method = intent.method,
    path = intent.path,
  ) => `${ts}${method}${path}${query === '' ? '' : `?${query}`}${b}`
  const correct = text(raw)

  // spec kucoin.md: prehash = timestamp + METHOD + endpoint(?query) + body; HMAC-SHA256, base64.
  const variants: HmacVariantCandidate[] = [
    {
      id: 'correct',
      description:
        'Signed timestamp + METHOD + path?query (not URL-encoded) + JSON body, HMAC-SHA256 in base64.',
      signedText: correct,
    },
    {
      id: 'encoded-query',
      description: 'Signed the percent-encoded query; KuCoin signs the query before URL-encoding.',
      signedText: text(encoded),
    },
    { id: 'plus-for-space', description: 'Wrote spaces as "+" in the signed query.', signedText: text(plus) },
    {
      id: 'sorted-params',
      description: 'Sorted the parameters alphabetically for signing but sent them in another order.',
      signedText: text(sorted),
    },
    { id: 'query-omitted', description: 'Signed the path without its "?query".', signedText: text('') },
    {
      id: 'body-omitted',
      description: 'Left the JSON body out of the signed text.',
      signedText: text(raw, ''),
    },
    {
      id: 'json-spacing',
      description: 'Signed JSON with spaces after ":" and "," (Python json.dumps) but sent compact JSON.',
      signedText: text(raw, pythonBody),
    },
    {
      id: 'timestamp-seconds',
      description: 'Used a timestamp in seconds; KC-API-TIMESTAMP is in milliseconds.',
      signedText: text(raw, body, Math.floor(timestamp / 1000)),
    },
    {
      id: 'method-lowercase',
      description: 'Wrote the HTTP method in lower case.',
      signedText: text(raw, body, timestamp, intent.method.toLowerCase() as typeof intent.method),
    },
    {
      id: 'host-included',
      description: 'Signed the full URL with the host instead of the path.',
      signedText: text(raw, body, timestamp, intent.method, `https://api.kucoin.com${intent.path}`),
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
      key: passphrase,
    },
  ]
  return hmacVariants(variants, { secret, algorithm: 'sha256', encoding: 'base64' })
}
