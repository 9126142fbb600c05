// The emulator's toy exchange (HMAC-SHA256 hex over timestamp + METHOD + url + body) with the signature
// variants it lacks, so the CLI is also tested on an exchange that is not in the registry.
import {
  createSecret,
  type Emulation,
  parseHmacSecret,
  revealSecret,
  type SignatureVariant,
} from '@signet/core'
import {
  createHmacKey,
  hmac,
  joinParams,
  normalizeParams,
  percentEncode,
  serializeJsonBody,
} from '@signet/core/kit'
import { toyEmulation as base } from '../../emulator/test/toyExchange'

export const toy: Emulation = {
  ...base,
  diagnosis: {
    ...base.diagnosis,
    signatureVariants({ credentials, intent, timestamp }) {
      const secret = revealSecret(parseHmacSecret(credentials.secret as string))
      const entries = normalizeParams(intent.params)
      const query = (list: typeof entries, encode = percentEncode) => {
        const q = joinParams(list, encode)
        return q ? `${intent.path}?${q}` : intent.path
      }
      const body = intent.body === undefined ? '' : serializeJsonBody(intent.body)
      const text = (o: { ts?: string; method?: string; url?: string; body?: string } = {}) =>
        `${o.ts ?? timestamp}${o.method ?? intent.method}${o.url ?? query(entries)}${o.body ?? body}`
      const sign = (t: string, s = secret, encoding: 'hex' | 'base64' = 'hex') =>
        hmac('sha256', createHmacKey(createSecret(s)), t, encoding)
      const ways: [string, string, string, string?][] = [
        ['correct', 'timestamp + METHOD + url + body', text()],
        [
          'method-lowercase',
          'The method was signed in lowercase.',
          text({ method: intent.method.toLowerCase() }),
        ],
        [
          'timestamp-seconds',
          'The timestamp was signed in seconds.',
          text({ ts: String(Math.floor(timestamp / 1000)) }),
        ],
        ['query-unencoded', 'The query was signed unencoded.', text({ url: query(entries, (v) => v) })],
        [
          'query-sorted',
          'The params were sorted before signing.',
          text({ url: query([...entries].sort(([a], [b]) => (a < b ? -1 : 1))) }),
        ],
        ['path-only', 'The query was left out of the signed url.', text({ url: intent.path })],
        ['body-omitted', 'The body was left out.', text({ body: '' })],
        [
          'body-spaced',
          'The body was signed with spaces after : and ,.',
          text({ body: body.replace(/([:,])/g, '$1 ') }),
        ],
      ]
      const out: SignatureVariant[] = ways.map(([id, description, signedText]) => ({
        id,
        description,
        signedText,
        signature: sign(signedText),
      }))
      const correct = out[0]!.signedText
      out.push(
        {
          id: 'hex-uppercase',
          description: 'Uppercase hex.',
          signedText: correct,
          signature: sign(correct).toUpperCase(),
        },
        {
          id: 'base64',
          description: 'Base64 instead of hex.',
          signedText: correct,
          signature: sign(correct, secret, 'base64'),
        },
        {
          id: 'secret-trailing-newline',
          description: 'The secret had a trailing newline.',
          signedText: correct,
          signature: sign(correct, `${secret}\n`),
        },
      )
      const seen = new Set<string>()
      return out.filter((v) => !seen.has(v.signature) && seen.add(v.signature))
    },
  },
}
