import {
  createHmacKey,
  createSecret,
  type DigestEncoding,
  hmac,
  joinParams,
  normalizeParams,
  percentEncode,
  type SignatureVariant,
  type SignatureVariantsInput,
  serializeJsonBody,
} from '@signet/core'
import { pythonJson } from './_pythonJson'
import { reveal } from './_reveal'

type Variant = {
  id: string
  description: string
  signedText: string
  key?: string
  encoding?: DigestEncoding
}

/**
 * The known ways KuCoin signatures go wrong for `intent` (plus `correct` first), each with the text signed and
 * the signature it gives, so a user's KC-API-SIGN can be matched to its cause.
 *
 * @example
 * kucoinSignatureVariants({ credentials: { apiKey, secret, passphrase }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function kucoinSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { credentials, intent, timestamp } = input
  const secret = reveal(credentials.secret)
  const entries = normalizeParams(intent.params)
  const raw = joinParams(entries)
  const encoded = joinParams(entries, percentEncode)
  const plus = joinParams(entries, (t) => percentEncode(t).replace(/%20/g, '+'))
  const sorted = joinParams([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const body = intent.body === undefined ? '' : serializeJsonBody(intent.body)
  const spaced = body === '' ? '' : pythonJson(JSON.parse(body))
  const text = (
    query: string,
    b = body,
    ts: number = timestamp,
    method = intent.method,
    path = intent.path,
  ) => `${ts}${method}${path}${query === '' ? '' : `?${query}`}${b}`
  const correct = text(raw)

  // spec candidates.md, KuCoin: prehash = timestamp + METHOD + endpoint(?query) + body; HMAC-SHA256, base64.
  const variants: Variant[] = [
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
      signedText: text(raw, spaced),
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
    {
      id: 'secret-trailing-newline',
      description: 'The secret carried a trailing newline (read from a file or an environment variable).',
      signedText: correct,
      key: `${secret}\n`,
    },
    {
      id: 'passphrase-as-secret',
      description: 'Signed with the passphrase instead of the secret.',
      signedText: correct,
      key: reveal(credentials.passphrase),
    },
  ]
  const out: SignatureVariant[] = []
  const seen = new Set<string>()
  for (const v of variants) {
    const key = v.key ?? secret
    if (key === '') continue
    const signature = hmac('sha256', createHmacKey(createSecret(key)), v.signedText, v.encoding ?? 'base64')
    // Two ways that give the same signature cannot be told apart: keep the first (so `correct` wins).
    if (seen.has(signature)) continue
    seen.add(signature)
    out.push({ id: v.id, description: v.description, signedText: v.signedText, signature })
  }
  return out
}
