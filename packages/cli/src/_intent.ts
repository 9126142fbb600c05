import type { Emulation, HttpMethod, JsonBody, RequestIntent } from '@signet/core'

/** A mistake in the command line, reported with usage exit code 64. @internal */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The request flags shared by `explain` and `sign`. @internal */
export type IntentFlags = {
  method?: string | undefined
  path?: string | undefined
  /** `a=1&b=2` with plain values (not decoded), placed where the exchange takes params for this method. */
  params?: string | undefined
  /** Query string as sent (percent-decoded here). */
  query?: string | undefined
  /** Form body as sent (percent-decoded here). */
  form?: string | undefined
  /** JSON body text. */
  body?: string | undefined
}

/** The request plus the values the user's query carried that are really signing options. @internal */
export type BuiltIntent = {
  intent: RequestIntent
  /** The timestamp signing parameter found among the params (Binance `timestamp`), removed from them. */
  timestamp?: string | undefined
  /** The window signing parameter found among the params (Binance `recvWindow`), removed. */
  windowMs?: string | undefined
  /** The signature parameter found among the params (Binance `signature`), removed. */
  signature?: string | undefined
  /** The nonce signing parameter found among the params (Kraken `nonce`), removed. */
  nonce?: string | undefined
}

const methods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE']

/**
 * The option a signing parameter's pasted value stands for, by its name: the exchange's definition says which
 * parameters its signer adds (`signingParams`), their names say what they carry.
 */
function optionOf(name: string): keyof Omit<BuiltIntent, 'intent'> | undefined {
  if (/sign/i.test(name)) return 'signature'
  if (/window/i.test(name)) return 'windowMs'
  if (/nonce/i.test(name)) return 'nonce'
  if (/time/i.test(name)) return 'timestamp'
  return undefined
}

/**
 * Builds the request intent from command-line flags. Values from `--params` are taken as written; `--query`
 * and `--form` are taken as sent and percent-decoded (`+` stays a plus sign, since exchanges differ on it). The
 * parameters the exchange's signer adds itself (`definition.signingParams`), pasted from a failing request, are
 * removed and read as options instead; every other parameter is the exchange's, whatever its name.
 * @internal
 */
export function buildIntent(capabilities: Emulation, flags: IntentFlags): BuiltIntent {
  const exchange = capabilities.definition
  const signingParams = new Set(exchange.signingParams ?? [])
  const method = (flags.method ?? 'GET').toUpperCase() as HttpMethod
  if (!methods.includes(method)) throw new UsageError(`--method must be one of ${methods.join(', ')}`)
  let path = flags.path ?? capabilities.examples.account.path
  let query = flags.query
  const q = path.indexOf('?')
  if (q >= 0) {
    if (query !== undefined) throw new UsageError('give the query either in --path or in --query, not both')
    query = path.slice(q + 1)
    path = path.slice(0, q)
  }
  if (!path.startsWith('/')) throw new UsageError('--path must start with "/" (no host)')
  if (flags.params !== undefined && (query !== undefined || flags.form !== undefined)) {
    throw new UsageError('use --params, or --query/--form, not both')
  }
  const extracted: Omit<BuiltIntent, 'intent'> = {}
  const take = (pairs: [string, string][]) =>
    pairs.filter(([name, value]) => {
      if (!signingParams.has(name)) return true
      const option = optionOf(name)
      if (option !== undefined) extracted[option] = value
      return false
    })
  const record = (pairs: [string, string][], flag: string) => {
    const out: Record<string, string> = {}
    for (const [name, value] of take(pairs)) {
      if (Object.hasOwn(out, name)) throw new UsageError(`${flag} has "${name}" twice`)
      out[name] = value
    }
    return out
  }
  const intent: RequestIntent = { method, path, security: 'signed' }
  if (flags.params !== undefined) {
    const params = record(split(flags.params, false), '--params')
    const place = method === 'GET' ? 'query' : exchange.bodyParams
    if (place === 'query') intent.params = params
    else if (place === 'form') intent.form = params
    else if (flags.body !== undefined)
      throw new UsageError(`${exchange.name} takes ${method} params as JSON: use --body`)
    else intent.body = params
  }
  if (query !== undefined) intent.params = record(split(query, true), '--query')
  if (flags.form !== undefined) intent.form = record(split(flags.form, true), '--form')
  if (flags.body !== undefined) intent.body = parseBody(flags.body)
  return { intent, ...extracted }
}

function split(text: string, decode: boolean): [string, string][] {
  const trimmed = text.startsWith('?') ? text.slice(1) : text
  if (trimmed === '') return []
  return trimmed.split('&').map((pair) => {
    const eq = pair.indexOf('=')
    const name = eq < 0 ? pair : pair.slice(0, eq)
    const value = eq < 0 ? '' : pair.slice(eq + 1)
    return decode ? [percentDecode(name), percentDecode(value)] : [name, value]
  })
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    // A lone `%` (e.g. `50%`) is how an unencoded value looks: keep it as written.
    return text
  }
}

/**
 * JSON text becomes an object when re-serialising it gives the same text (so numbers such as `0.10` and key
 * spacing survive); otherwise it is signed byte for byte as given.
 */
function parseBody(text: string): JsonBody {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new UsageError('--body is not valid JSON')
  }
  if (parsed === null || typeof parsed !== 'object')
    throw new UsageError('--body must be a JSON object or array')
  return JSON.stringify(parsed) === text ? (parsed as JsonBody) : text
}

/**
 * Reads a timestamp as epoch ms: digits (ms, or seconds when shorter than 12 digits) or an ISO date. @internal
 */
export function parseTimestamp(text: string): { ms: number; note?: string } {
  if (/^\d+$/.test(text)) {
    const value = Number(text)
    if (text.length < 12) {
      return { ms: value * 1000, note: `--timestamp ${text} read as seconds (${value * 1000} ms)` }
    }
    return { ms: value }
  }
  const parsed = Date.parse(text)
  if (!Number.isFinite(parsed)) throw new UsageError('--timestamp must be epoch ms or an ISO date')
  return { ms: parsed }
}
