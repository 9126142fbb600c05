import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'
import {
  type HmacVariantCandidate,
  hash,
  hmacVariants,
  secretWithNewline,
  variantInputs,
} from '@signet/core/kit'

/**
 * The known ways Gate.io signatures go wrong for `intent` (plus `correct` first), each with the text signed and
 * the signature it gives, so a user's SIGN can be matched to its cause.
 *
 * @example
 * gateioSignatureVariants({ credentials: { apiKey, secret }, intent, timestamp: 1541993715000 })[0].id // 'correct'
 */
export function gateioSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { intent, timestamp, secret, raw, encoded, sorted, body, pythonBody } = variantInputs(input)
  const seconds = Math.floor(timestamp / 1000)
  const lines = (parts: {
    method?: string
    path?: string
    query?: string
    bodyPart?: string
    ts?: number | string
  }) =>
    [
      parts.method ?? intent.method,
      parts.path ?? intent.path,
      parts.query ?? raw,
      parts.bodyPart ?? hash('sha512', body, 'hex'),
      parts.ts ?? seconds,
    ].join('\n')
  const correct = lines({})

  // spec gateio.md: METHOD\npath\nquery\nhex(SHA512(body))\ntimestamp(s); HMAC-SHA512, hex.
  const variants: HmacVariantCandidate[] = [
    {
      id: 'correct',
      description:
        'Signed METHOD, /api/v4 path, unencoded query, hex SHA-512 of the body and the timestamp in seconds, one per line; HMAC-SHA512 in hex.',
      signedText: correct,
    },
    {
      id: 'encoded-query',
      description: 'Signed the percent-encoded query; Gate signs the query without URL encoding.',
      signedText: lines({ query: encoded }),
    },
    {
      id: 'sorted-params',
      description: 'Sorted the parameters alphabetically for signing but sent them in another order.',
      signedText: lines({ query: sorted }),
    },
    {
      id: 'query-question-mark',
      description: 'Put a leading "?" on the signed query.',
      signedText: lines({ query: raw === '' ? '?' : `?${raw}` }),
    },
    {
      id: 'path-without-prefix',
      description: 'Signed the path without the /api/v4 prefix.',
      signedText: lines({ path: intent.path.replace(/^\/api\/v4/, '') || '/' }),
    },
    {
      id: 'raw-body',
      description: 'Signed the body text instead of its SHA-512 hex digest.',
      signedText: lines({ bodyPart: body }),
    },
    {
      id: 'empty-body-hash',
      description: 'Wrote an empty line for an empty body instead of the SHA-512 of "".',
      signedText: lines({ bodyPart: body === '' ? '' : hash('sha512', body, 'hex') }),
    },
    {
      id: 'json-spacing',
      description: 'Hashed JSON with spaces after ":" and "," (Python json.dumps) but sent compact JSON.',
      signedText: lines({ bodyPart: hash('sha512', pythonBody, 'hex') }),
    },
    {
      id: 'timestamp-milliseconds',
      description: 'Used a timestamp in milliseconds; Timestamp is Unix seconds.',
      signedText: lines({ ts: timestamp }),
    },
    {
      id: 'method-lowercase',
      description: 'Wrote the HTTP method in lower case.',
      signedText: lines({ method: intent.method.toLowerCase() }),
    },
    {
      id: 'base64-output',
      description: 'Encoded the HMAC as base64 instead of hex.',
      signedText: correct,
      encoding: 'base64',
    },
    {
      id: 'hmac-sha256',
      description: 'Used HMAC-SHA256 instead of HMAC-SHA512.',
      signedText: correct,
      algorithm: 'sha256',
    },
    secretWithNewline(correct, secret),
  ]
  return hmacVariants(variants, { secret, algorithm: 'sha512', encoding: 'hex' })
}
