import { createSecret, type SignatureVariant, type SignatureVariantsInput } from '@signet/core'
import { createHmacKey, queryForms, revealCredential } from '@signet/core/kit'
import { type ApiSignParts, krakenApiSign } from './_apiSign'
import { formatNonce } from './_nonce'
import { krakenPostData } from './_postData'

// No 'secret-trailing-newline' variant: base64 decoders skip the newline, so it signs correctly (spec kraken.md §7).
type Candidate = { id: string; description: string; parts: ApiSignParts; key?: 'text' }

/**
 * The known ways Kraken signatures go wrong for `intent` (plus `correct` first), each with what was signed (path,
 * then the text hashed with SHA-256, one per line) and the signature it gives, so a user's API-Sign can be matched
 * to its cause.
 *
 * @example
 * krakenSignatureVariants({ credentials: { apiKey, secret }, intent, timestamp: 1616492376594 })[0].id // 'correct'
 */
export function krakenSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { credentials, intent, timestamp } = input
  const secret = revealCredential(credentials.secret)
  const nonce = formatNonce(input.nonce, Math.floor(timestamp))
  const { body } = krakenPostData(intent, nonce, undefined)
  const path = intent.path
  // The same parameters in another order, as a signer that sorted them (or a body rebuilt after signing) sends.
  const { sortedEncoded } = queryForms(intent.form)
  const sorted = sortedEncoded === '' ? `nonce=${nonce}` : `nonce=${nonce}&${sortedEncoded}`
  const plusForSpace = body.replace(/%20/g, '+')
  const withoutNonce = body.replace(/^nonce=[0-9]+&?/, '')
  const at = (hashed: string, p = path) => ({ path: p, hashed })

  // spec kraken.md §2: HMAC-SHA512(base64decode(secret), path ‖ SHA256(nonce ‖ POST data)), base64.
  const candidates: Candidate[] = [
    {
      id: 'correct',
      description:
        'Signed the /0/private path followed by the raw SHA-256 of nonce + POST data, with HMAC-SHA512 keyed by the base64-decoded secret; base64 output.',
      parts: at(nonce + body),
    },
    {
      id: 'secret-not-decoded',
      description:
        'Used the secret text as the HMAC key; Kraken keys the HMAC with the base64-decoded secret.',
      parts: at(nonce + body),
      key: 'text',
    },
    {
      id: 'nonce-not-hashed',
      description: 'Hashed only the POST data; Kraken hashes the nonce followed by the POST data.',
      parts: at(body),
    },
    {
      id: 'nonce-after-body',
      description: 'Hashed the POST data followed by the nonce; the nonce comes first.',
      parts: at(body + nonce),
    },
    {
      id: 'hex-output',
      description: 'Encoded the HMAC as hex instead of base64.',
      parts: { ...at(nonce + body), encoding: 'hex' },
    },
    {
      id: 'path-with-host',
      description:
        'Signed the full URL with https://api.kraken.com; Kraken signs the path from /0/private only.',
      parts: at(nonce + body, `https://api.kraken.com${path}`),
    },
    {
      id: 'path-without-version',
      description: 'Signed the path without the /0 version prefix.',
      parts: at(nonce + body, path.replace(/^\/0(?=\/)/, '')),
    },
    {
      id: 'body-reordered',
      description:
        'Signed the parameters in one order (sorted) but sent them in another: the body must be sent exactly as signed.',
      parts: at(nonce + sorted),
    },
    {
      id: 'plus-for-space',
      description: 'Signed spaces as "+" but sent them as "%20" (or the reverse): sign the exact body bytes.',
      parts: at(nonce + plusForSpace),
    },
    {
      id: 'nonce-missing-from-body',
      description: 'Hashed the nonce but left it out of the POST data that was signed.',
      parts: at(nonce + withoutNonce),
    },
    {
      id: 'hmac-sha256',
      description: 'Used HMAC-SHA256 instead of HMAC-SHA512.',
      parts: { ...at(nonce + body), algorithm: 'sha256' },
    },
  ]
  const decoded = createHmacKey(createSecret(secret), 'base64')
  const keyFor = (c: Candidate) => (c.key === 'text' ? createHmacKey(createSecret(secret)) : decoded)
  const out: SignatureVariant[] = []
  const seen = new Set<string>()
  for (const c of candidates) {
    const signature = krakenApiSign(keyFor(c), c.parts)
    // Keep the first of any that coincide (so `correct` wins and explain never names two causes).
    if (seen.has(signature)) continue
    seen.add(signature)
    out.push({
      id: c.id,
      description: c.description,
      signedText: `${c.parts.path}\n${c.parts.hashed}`,
      signature,
    })
  }
  return out
}
