import {
  createSecret,
  parseHmacSecret,
  revealSecret,
  type SignatureVariant,
  type SignatureVariantsInput,
} from '@signet/core'
import {
  createHmacKey,
  encodeComponent,
  hmac,
  joinParams,
  type ParamEncoder,
  type ParamEntries,
  percentEncode,
} from '@signet/core/kit'
import { prepareKey, signText } from './_keys'
import { restParts } from './_payload'

type Parts = { query: ParamEntries; form: ParamEntries | undefined }

const raw: ParamEncoder = (text) => text
const decimal = /^-?\d+(\.\d+)?$/

function text(parts: Parts, encode: ParamEncoder = percentEncode, separator = ''): string {
  const query = joinParams(parts.query, encode)
  if (parts.form === undefined) return query
  return query + (query === '' ? '' : separator) + joinParams(parts.form, encode)
}

function mapValues(parts: Parts, fn: (name: string, value: string) => string): Parts {
  const map = (list: ParamEntries) => list.map(([n, v]) => [n, fn(n, v)] as const)
  return { query: map(parts.query), form: parts.form && map(parts.form) }
}

function without(parts: Parts, name: string): Parts {
  const drop = (list: ParamEntries) => list.filter(([n]) => n !== name)
  return { query: drop(parts.query), form: parts.form && drop(parts.form) }
}

function searchParams(list: ParamEntries): string {
  return new URLSearchParams(list as [string, string][]).toString()
}

const byName = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0

/**
 * The known wrong ways to sign a Binance REST request, each with the text it signs and the signature it gives,
 * `correct` first; variants that would give the correct signature anyway are left out.
 *
 * @example
 * binanceSignatureVariants({ credentials, intent, timestamp: 1499827319559, windowMs: 5000 }).map((v) => v.id)
 */
export function binanceSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { credentials, intent, timestamp, windowMs } = input
  const key = prepareKey(credentials)
  const parts: Parts = restParts({ ...intent, security: 'signed' }, { timestamp, windowMs }, () => timestamp)
  const sign = (signed: string) => signText(key, signed)
  const all = [...parts.query, ...(parts.form ?? [])]
  const out: SignatureVariant[] = []
  const add = (id: string, description: string, signedText: string, signature = sign(signedText)) =>
    out.push({ id, description, signedText, signature })

  const correct = text(parts)
  add(
    'correct',
    'Percent-encoded query string + form body, no separator, signature excluded (what Binance recomputes).',
    correct,
  )
  add(
    'unencoded',
    'Signed the params without percent-encoding, the rule before 2026-01-15 (non-ASCII and reserved characters must now be encoded before signing).',
    text(parts, raw),
  )
  add(
    'url-search-params',
    "Serialised with URLSearchParams/form encoding: spaces became '+' and ! ' ( ) ~ were percent-encoded.",
    parts.form === undefined
      ? searchParams(parts.query)
      : searchParams(parts.query) + searchParams(parts.form),
  )
  add(
    'encode-uri-component',
    "Left ! * ' ( ) unencoded (encodeURIComponent, as the official connector does) while Signet sends them percent-encoded; fetch would also rewrite ' as %27 after signing.",
    text(parts, encodeComponent),
  )
  add(
    'double-encoded',
    'Percent-encoded the values twice (a space became %2520).',
    text(
      mapValues(parts, (n, v) => percentEncode(v, n)),
      percentEncode,
    ),
  )
  add(
    'sorted',
    'Sorted the params alphabetically before signing but sent them in their original order.',
    joinParams([...all].sort(byName), percentEncode),
  )
  add(
    'numbers-reformatted',
    'Converted decimal strings to numbers before signing (trailing zeros dropped, tiny values in 1e-7 form).',
    text(mapValues(parts, (n, v) => (n !== 'timestamp' && decimal.test(v) ? String(Number(v)) : v))),
  )
  if (all.some(([n]) => n === 'recvWindow')) {
    add(
      'recv-window-not-signed',
      'Added recvWindow after computing the signature, so it is sent but not signed.',
      text(without(parts, 'recvWindow')),
    )
  }
  add(
    'timestamp-not-signed',
    'Added timestamp after computing the signature, so it is sent but not signed.',
    text(without(parts, 'timestamp')),
  )
  add(
    'timestamp-seconds',
    'Wrote the timestamp in seconds instead of milliseconds.',
    text(mapValues(parts, (n, v) => (n === 'timestamp' ? String(Math.floor(Number(v) / 1000)) : v))),
  )
  if (parts.form !== undefined && parts.query.length > 0 && parts.form.length > 0) {
    add(
      'query-body-ampersand',
      "Joined the query string and the body with '&' (Binance concatenates them with no separator).",
      text(parts, percentEncode, '&'),
    )
  }
  add(
    'websocket-style',
    'Signed the WebSocket API way (params sorted, apiKey included, raw UTF-8) for a REST request.',
    joinParams([...all, ['apiKey', credentials.apiKey] as const].sort(byName), raw),
  )
  if (key.type === 'hmac') {
    const secret = revealSecret(parseHmacSecret(credentials.secret!, { exchange: 'binance' }))
    add(
      'secret-trailing-newline',
      'Signed with the secret plus a trailing newline (read from a file or environment variable without trimming).',
      correct,
      hmac('sha256', createHmacKey(createSecret(`${secret}\n`)), correct, 'hex'),
    )
    add(
      'base64-digest',
      'Wrote the HMAC-SHA256 digest as base64 instead of hex.',
      correct,
      hmac('sha256', key.key, correct, 'base64'),
    )
  } else {
    add(
      'hex-signature',
      `Wrote the ${key.type === 'rsa' ? 'RSA' : 'Ed25519'} signature bytes as hex instead of base64.`,
      correct,
      Buffer.from(sign(correct), 'base64').toString('hex'),
    )
  }
  const reference = out[0]!.signature
  const seen = new Set<string>()
  return out.filter((v, i) => {
    if (i > 0 && v.signature === reference) return false
    if (seen.has(v.signature)) return false
    seen.add(v.signature)
    return true
  })
}
