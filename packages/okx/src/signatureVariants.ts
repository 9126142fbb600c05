import {
  CredentialFormatError,
  createSecret,
  isSecret,
  revealSecret,
  type SignatureVariant,
  type SignatureVariantsInput,
} from '@signet/core'
import { createHmacKey, hmac, joinParams, normalizeParams, percentEncode } from '@signet/core/kit'
import { restPrehash } from './_prehash'
import { checkEpochMs, isoTimestamp } from './_timestamp'
import { wireParts } from './_wireParts'
import { okxHosts } from './hosts'

type Way = { id: string; description: string; signedText: string; secret?: string; encoding?: 'hex' }

/**
 * The correct OKX signature for an intent plus the known wrong ways to build it (timestamp forms, method case,
 * query encoding, bodies, JSON spacing, output encoding, damaged or swapped secret); duplicates are dropped.
 *
 * @example
 * okxSignatureVariants({ credentials, intent, timestamp: 1607418537715 }).map((v) => v.id) // ['correct', ...]
 */
export function okxSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { credentials, intent } = input
  const secret = credentials.secret
  if (typeof secret !== 'string' && !isSecret(secret)) {
    throw new CredentialFormatError('secret', 'is missing', { exchange: 'okx' })
  }
  const secretText = isSecret(secret) ? revealSecret(secret) : secret
  const ms = checkEpochMs('timestamp', input.timestamp)
  const { method, requestPath, body = '' } = wireParts(intent)
  const ts = isoTimestamp(ms)
  const path = intent.path
  const entries = normalizeParams(intent.params)
  const withQuery = (query: string) => (query === '' ? path : `${path}?${query}`)
  const text = (parts: { ts?: string; method?: string; requestPath?: string; body?: string }) =>
    restPrehash(parts.ts ?? ts, parts.method ?? method, parts.requestPath ?? requestPath, parts.body ?? body)

  const ways: Way[] = [
    {
      id: 'correct',
      description: 'ISO UTC timestamp with ms, METHOD, path with the sent query, sent body.',
      signedText: text({}),
    },
    {
      id: 'timestamp-no-ms',
      description: 'The timestamp was written without milliseconds (2020-12-08T09:08:57Z).',
      signedText: text({ ts: ts.replace(/\.\d{3}Z$/, 'Z') }),
    },
    {
      id: 'timestamp-no-z',
      description: 'The timestamp lacks the Z suffix, as naive datetime.isoformat() writes it.',
      signedText: text({ ts: ts.slice(0, -1) }),
    },
    {
      id: 'timestamp-utc-offset',
      description: 'The timestamp ends in +00:00 instead of Z.',
      signedText: text({ ts: `${ts.slice(0, -1)}+00:00` }),
    },
    {
      id: 'timestamp-unix-ms',
      description: 'Unix milliseconds were signed instead of the ISO timestamp.',
      signedText: text({ ts: String(ms) }),
    },
    {
      id: 'timestamp-unix-seconds',
      description: 'Unix seconds (the WebSocket login format) were signed instead of the ISO timestamp.',
      signedText: text({ ts: String(Math.floor(ms / 1000)) }),
    },
    {
      id: 'method-lowercase',
      description: 'The HTTP method was signed in lowercase.',
      signedText: text({ method: method.toLowerCase() }),
    },
    {
      id: 'host-in-path',
      description: 'The full URL with https://www.okx.com was signed instead of the path.',
      signedText: text({ requestPath: okxHosts.global.rest.live + requestPath }),
    },
  ]
  if (entries.length > 0) {
    ways.push(
      {
        id: 'query-omitted',
        description: 'The query string was left out of the signed path.',
        signedText: text({ requestPath: path }),
      },
      {
        id: 'query-unencoded',
        description: 'Query values were signed raw while the HTTP client sent them percent-encoded.',
        signedText: text({ requestPath: withQuery(joinParams(entries)) }),
      },
      {
        id: 'query-form-encoded',
        description: 'The query was signed form-encoded (space as +) while different bytes were sent.',
        signedText: text({
          requestPath: withQuery(
            new URLSearchParams(entries.map(([n, v]): [string, string] => [n, v])).toString(),
          ),
        }),
      },
      {
        id: 'query-sorted',
        description: 'Params were sorted by name for signing but sent in another order.',
        signedText: text({
          requestPath: withQuery(
            joinParams(
              [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
              percentEncode,
            ),
          ),
        }),
      },
    )
  }
  if (method === 'GET') {
    ways.push({
      id: 'body-on-get',
      description: 'An empty JSON body {} was signed for a GET request.',
      signedText: text({ body: '{}' }),
    })
  } else if (body !== '') {
    ways.push(
      {
        id: 'body-omitted',
        description: 'The JSON body was left out of the signed text.',
        signedText: text({ body: '' }),
      },
      {
        id: 'json-spacing',
        description: 'The body was signed with spaces after : and , (Python json.dumps defaults).',
        signedText: text({ body: spaced(body) }),
      },
    )
  }
  const correct = ways[0]!.signedText
  ways.push(
    {
      id: 'hex-output',
      description: 'The HMAC was written as hex instead of base64.',
      signedText: correct,
      encoding: 'hex',
    },
    {
      id: 'secret-trailing-newline',
      description: 'The secret carried a trailing newline (read from a file or .env).',
      signedText: correct,
      secret: `${secretText}\n`,
    },
  )
  const passphrase = credentials.passphrase
  if (typeof passphrase === 'string' || isSecret(passphrase)) {
    ways.push({
      id: 'passphrase-as-secret',
      description: 'The passphrase was used as the HMAC secret.',
      signedText: correct,
      secret: isSecret(passphrase) ? revealSecret(passphrase) : passphrase,
    })
  }

  const seen = new Set<string>()
  const variants: SignatureVariant[] = []
  for (const way of ways) {
    const key = createHmacKey(createSecret(way.secret ?? secretText))
    const signature = hmac('sha256', key, way.signedText, way.encoding ?? 'base64')
    if (seen.has(signature)) continue
    seen.add(signature)
    variants.push({ id: way.id, description: way.description, signedText: way.signedText, signature })
  }
  return variants
}

/** JSON with Python's default separators (", " and ": "). */
function spaced(json: string): string {
  const write = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(write).join(', ')}]`
    if (value && typeof value === 'object') {
      return `{${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}: ${write(v)}`)
        .join(', ')}}`
    }
    return JSON.stringify(value)
  }
  try {
    return write(JSON.parse(json))
  } catch {
    return json
  }
}
