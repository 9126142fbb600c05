import { createHmac } from 'node:crypto'
import { checkTimestamp, type SignatureVariant, type SignatureVariantsInput } from '@signet/core'
import { encodeComponent, joinParams, pythonJson, queryForms, sortedKeys } from '@signet/core/kit'
import { buildPayload } from './_buildPayload'
import { checkRecvWindow } from './_checkOptions'
import { prepareKey, secretText } from './_prepareKey'

/**
 * The known wrong ways a bot signs a Bybit request, with the correct way first: encoding and order of the query,
 * JSON spacing, key order and number/string types of the body, recv_window left out or different from the
 * header, the API key left out, seconds for milliseconds, and HMAC/RSA output or secret damage (spec bybit.md
 * §1, §2, §10).
 *
 * @example
 * const match = bybitSignatureVariants({ credentials, intent, timestamp }).find((v) => v.signature === theirs)
 */
export function bybitSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const key = prepareKey(input.credentials)
  const { apiKey } = key
  const payload = buildPayload(input.intent)
  const ts = String(checkTimestamp(input.timestamp))
  const rw = String(checkRecvWindow(input.windowMs, 'windowMs'))
  const text = (p: string, t = ts, w = rw, k = apiKey) => `${t}${k}${w}${p}`
  const out: SignatureVariant[] = []
  const add = (id: string, description: string, signedText: string, signature = key.sign(signedText)) => {
    // A variant that signs like another one cannot be told apart, so only the first is kept.
    if (out.some((v) => v.signature === signature)) return
    out.push({ id, description, signedText, signature })
  }

  add(
    'correct',
    'Signed timestamp + apiKey + recvWindow + the query or JSON body exactly as sent.',
    text(payload.signedPayload),
  )

  if (payload.method === 'GET') {
    const { entries, raw, sortedEncoded } = queryForms(input.intent.params)
    add(
      'query-unencoded',
      'Signed the query with raw, unencoded values (as ccxt does) while the URL sent is percent-encoded.',
      text(raw),
    )
    add(
      'query-encodeuricomponent',
      "Signed values encoded with encodeURIComponent, which leaves ! ' ( ) * raw, while the URL sent encodes them.",
      text(joinParams(entries, encodeComponent)),
    )
    add(
      'query-commas-raw',
      'Signed commas (and : $ [ ]) raw and spaces as +, the way axios writes params, while the URL sent encodes them (spec §10 pitfall 3).',
      text(joinParams(entries, axiosEncode)),
    )
    add(
      'query-sorted',
      'Signed the parameters sorted by name while the URL sends them in another order (Bybit V5 does not sort).',
      text(sortedEncoded),
    )
    add('query-question-mark', 'Signed the query with its leading "?".', text(`?${payload.query}`))
    add(
      'path-in-signed-text',
      'Signed the path and query (as for OKX) instead of the query alone.',
      text(payload.query === '' ? payload.path : `${payload.path}?${payload.query}`),
    )
    add(
      'get-signed-as-json',
      'Signed the GET parameters as a JSON body instead of the query string.',
      text(JSON.stringify(Object.fromEntries(entries))),
    )
  } else {
    const body = payload.body ?? ''
    const parsed = JSON.parse(body) as unknown
    add(
      'json-compact',
      'Signed compact JSON while the body sent keeps its own spacing.',
      text(JSON.stringify(parsed)),
    )
    add(
      'json-spacing',
      'Signed JSON with a space after ":" and "," (Python json.dumps style, as in the docs example) while the body sent is compact, or the reverse.',
      text(pythonJson(parsed)),
    )
    add('json-pretty', 'Signed indented (pretty-printed) JSON.', text(JSON.stringify(parsed, null, 2)))
    add(
      'json-keys-sorted',
      'Signed the body with its keys sorted while the body sent keeps the original order (or the reverse).',
      text(JSON.stringify(sortedKeys(parsed))),
    )
    add(
      'json-ascii-escaped',
      'Signed the body with non-ASCII characters escaped as \\uXXXX (Python ensure_ascii) while the body sent is UTF-8.',
      text(
        JSON.stringify(parsed).replace(
          /[\u0080-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      ),
    )
    add(
      'numbers-as-strings',
      'Signed numbers written as strings (e.g. "qty":"1") while the body sent has JSON numbers, or the reverse.',
      text(JSON.stringify(mapScalars(parsed, (v) => (typeof v === 'number' ? String(v) : v)))),
    )
    add(
      'strings-as-numbers',
      'Signed decimal strings as JSON numbers (e.g. "0.10" became 0.1) while the body sent keeps the strings.',
      text(
        JSON.stringify(
          mapScalars(parsed, (v) =>
            typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && Number.isFinite(Number(v)) ? Number(v) : v,
          ),
        ),
      ),
    )
    add(
      'post-signed-as-query',
      'Signed the POST parameters as a query string instead of the JSON body text.',
      text(
        isRecord(parsed)
          ? Object.entries(parsed)
              .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
              .join('&')
          : '',
      ),
    )
    add('body-not-signed', 'Left the body out of the signed text (signed before adding it).', text(''))
  }

  add(
    'recv-window-omitted',
    'Left recvWindow out of the signed text although X-BAPI-RECV-WINDOW is sent.',
    text(payload.signedPayload, ts, ''),
  )
  const other = rw === '5000' ? '10000' : '5000'
  add(
    'recv-window-mismatch',
    `Signed recv_window ${other} while the X-BAPI-RECV-WINDOW header sent ${rw}.`,
    text(payload.signedPayload, ts, other),
  )
  add('api-key-omitted', 'Left the API key out of the signed text.', text(payload.signedPayload, ts, rw, ''))
  add(
    'timestamp-seconds',
    'Used the timestamp in seconds instead of milliseconds.',
    text(payload.signedPayload, String(Math.floor(Number(ts) / 1000))),
  )

  const correct = out[0]!
  if (key.keyType === 'hmac') {
    add(
      'hex-uppercase',
      'Sent the HMAC in uppercase hex (Bybit wants lowercase hex).',
      correct.signedText,
      correct.signature.toUpperCase(),
    )
    add(
      'base64-instead-of-hex',
      'Encoded the HMAC as base64 instead of lowercase hex.',
      correct.signedText,
      Buffer.from(correct.signature, 'hex').toString('base64'),
    )
    const secret = secretText(input.credentials.secret)
    if (secret !== undefined) {
      const damaged = (s: string) => createHmac('sha256', s).update(correct.signedText, 'utf8').digest('hex')
      add(
        'secret-trailing-newline',
        'Signed with the secret plus a trailing newline (read from a file).',
        correct.signedText,
        damaged(`${secret}\n`),
      )
      add(
        'secret-quoted',
        'Signed with the secret still wrapped in quotes (from a .env file).',
        correct.signedText,
        damaged(`"${secret}"`),
      )
    }
  } else {
    add(
      'rsa-hex',
      'Encoded the RSA signature as hex instead of base64.',
      correct.signedText,
      Buffer.from(correct.signature, 'base64').toString('hex'),
    )
    add(
      'rsa-base64url',
      'Encoded the RSA signature as URL-safe base64 instead of standard base64.',
      correct.signedText,
      correct.signature.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    )
  }
  return out
}

/** axios' params serialiser: encodeURIComponent, then `: $ , [ ]` back to raw and `%20` to `+`. */
function axiosEncode(text: string): string {
  return encodeComponent(text)
    .replace(/%3A/gi, ':')
    .replace(/%24/g, '$')
    .replace(/%2C/gi, ',')
    .replace(/%20/g, '+')
    .replace(/%5B/gi, '[')
    .replace(/%5D/gi, ']')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function mapScalars(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapScalars(v, fn))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = mapScalars(v, fn)
    return out
  }
  return fn(value)
}
