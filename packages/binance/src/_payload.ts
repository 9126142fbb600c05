import { InvalidParameterError, type Params, type RequestIntent } from '@signet/core'
import {
  describeType,
  encodeComponent,
  formatScalar,
  hasDotSegment,
  normalizeParams,
  type ParamEntries,
  percentEncode,
} from '@signet/core/kit'
import {
  checkTimeUnit,
  recvWindowOption,
  refuseSigningParam,
  resolveTimestamp,
  type TimingOptions,
} from './_timing'

/** Params the signer writes itself on signed requests; one source each (spec binance.md §2, §4). @internal */
export const SIGNING_PARAMS = ['timestamp', 'recvWindow', 'signature'] as const

type Entry = [string, string]

/** Ordered wire entries of one REST request, before encoding. @internal */
export type RestParts = {
  query: Entry[]
  /** Form-body entries; undefined when no body is sent. */
  form: Entry[] | undefined
}

/** Percent-encoded wire text of one REST request, before the signature pair. @internal */
export type RestWire = {
  /** `name=value&...` of the query string, without `?` ('' without params). */
  query: string
  /** `name=value&...` of the form body; undefined when no body is sent. */
  form: string | undefined
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])
// Hot-path caches (bounded, hold only public path and param-name text): a bot signs the same few paths and names.
const CACHE_LIMIT = 1024
const checkedPaths = new Set<string>()
/** Param name -> its strictly encoded `name=` prefix. */
const namePrefixes = new Map<string, string>()

function checkPath(path: unknown): boolean {
  // A `.`/`..` segment is resolved by URL parsers after signing, so the path Binance sees is not the one signed.
  if (typeof path !== 'string' || !/^\/[A-Za-z0-9/_.~-]*$/.test(path) || hasDotSegment(path)) return false
  if (checkedPaths.size < CACHE_LIMIT) checkedPaths.add(path)
  return true
}

// spec binance.md §2: percent-encode names and values, RFC 3986 (UTF-8, uppercase hex). `!*'()` are encoded too,
// as ccxt does: the official connector leaves them raw, but fetch's URL parser rewrites `'` to `%27` after signing
// (-1022), so only the strict form is sent byte for byte.
const RFC3986_EXTRA_ALL = /[!'()*]/g
const hexOf = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`

/** Percent-encodes the `!'()*` that encodeURIComponent leaves; one scan of the whole text, names are already strict. */
function strict(text: string): string {
  // indexOf scans are several times faster than a regex test on this hot path.
  return text.indexOf('!') < 0 &&
    text.indexOf("'") < 0 &&
    text.indexOf('(') < 0 &&
    text.indexOf(')') < 0 &&
    text.indexOf('*') < 0
    ? text
    : text.replace(RFC3986_EXTRA_ALL, hexOf)
}

/** Bit of a SIGNING_PARAMS name (1, 2, 4 in that list's order), 0 for any other name. */
const signingBit = (name: string) =>
  name === 'timestamp' ? 1 : name === 'recvWindow' ? 2 : name === 'signature' ? 4 : 0
/** The first SIGNING_PARAMS name whose bit is set. */
const firstSigningParam = (bits: number) => SIGNING_PARAMS[bits & 1 ? 0 : bits & 2 ? 1 : 2]

/** One params object as wire text, with what the request-level checks read afterwards. */
type EncodedParams = {
  /** `name=value&...`, encodeURIComponent values (strict() runs once on the whole part). */
  text: string
  /** SIGNING_PARAMS among the names, one bit each (signingBit). */
  signing: number
  /** The names in order, kept only when a form body must be checked against the query. */
  names: string[] | undefined
  /** The first entry that is not well-formed Unicode; its error comes after the request checks, as before. */
  malformed: Entry | undefined
}

const NO_PARAMS: EncodedParams = Object.freeze({
  text: '',
  signing: 0,
  names: undefined,
  malformed: undefined,
}) as EncodedParams

/**
 * Validates flat params and writes them as wire text in one pass (normalizeParams's rules: own keys in order,
 * `undefined` dropped, values through formatScalar, no empty name), without building entry arrays: the
 * signer's hot path.
 */
function encodeParams(
  params: Params | undefined,
  field: 'params' | 'form',
  keepNames: boolean,
): EncodedParams {
  if (params === undefined) return keepNames ? { ...NO_PARAMS, names: [] } : NO_PARAMS
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new InvalidParameterError(field, 'a plain object of flat values', describeType(params))
  }
  const prefix = field === 'params' ? '' : `${field}.`
  const names = keepNames ? ([] as string[]) : undefined
  let text = ''
  let signing = 0
  let malformed: Entry | undefined
  for (const name of Object.keys(params)) {
    const value = params[name]
    if (value === undefined) continue
    // An empty name serialises to "=value", which no exchange parses back (the same error normalizeParams gives).
    if (name === '') formatScalar(`${prefix}(empty name)`, Symbol())
    const wire = typeof value === 'string' ? value : formatScalar(prefix + name, value)
    signing |= signingBit(name)
    names?.push(name)
    if (malformed !== undefined) continue
    let pair = namePrefixes.get(name)
    let encoded: string
    try {
      if (pair === undefined) {
        pair = `${percentEncode(name, name)}=`
        if (namePrefixes.size < CACHE_LIMIT) namePrefixes.set(name, pair)
      }
      encoded = encodeURIComponent(wire)
    } catch {
      malformed = [name, wire]
      continue
    }
    text = text === '' ? pair + encoded : `${text}&${pair}${encoded}`
  }
  return { text, signing, names, malformed }
}

/** Throws the typed error of a name or value that is not well-formed Unicode (a lone surrogate). */
function refuseMalformed([name, value]: Entry): never {
  percentEncode(name, name)
  encodeComponent(value, name)
  throw new InvalidParameterError(name, 'well-formed Unicode text', 'text with a lone surrogate')
}

const SECURITY = new Set(['none', 'api-key', 'signed'])

// Text is quoted; anything else (a bigint, a symbol) is described, never serialised (JSON.stringify throws on bigint).
const quote = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value.slice(0, 64)) : describeType(value)

function entries(params: Params | undefined, field: string): Entry[] {
  if (params === undefined) return []
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new InvalidParameterError(field, 'a plain object of flat values', describeType(params))
  }
  // normalizeParams returns a fresh array; it is extended in place to avoid a copy on the hot path.
  return normalizeParams(params, field === 'params' ? '' : `${field}.`) as Entry[]
}

/** Validates the parts of an intent every Binance REST request shares. @internal */
export function checkIntent(intent: RequestIntent): void {
  if (typeof intent !== 'object' || intent === null) {
    throw new InvalidParameterError('intent', 'a RequestIntent object', describeType(intent))
  }
  if (!METHODS.has(intent.method)) {
    throw new InvalidParameterError('method', 'GET, POST, PUT or DELETE', quote(intent.method))
  }
  if (!checkedPaths.has(intent.path) && !checkPath(intent.path)) {
    throw new InvalidParameterError(
      'path',
      'a path starting with "/" without query, fragment, spaces, non-ASCII or . and .. segments (e.g. /api/v3/order)',
      typeof intent.path === 'string' ? JSON.stringify(intent.path.slice(0, 64)) : typeof intent.path,
    )
  }
  if (!SECURITY.has(intent.security)) {
    throw new InvalidParameterError('security', '"none", "api-key" or "signed"', quote(intent.security))
  }
  if (intent.body !== undefined) {
    // spec binance.md §2: Binance REST reads query strings and form bodies, never JSON.
    throw new InvalidParameterError(
      'body',
      'params (query string) or form (form body); Binance REST takes no JSON body',
      'a JSON body',
    )
  }
  if (intent.form !== undefined && intent.method === 'GET') {
    throw new InvalidParameterError(
      'form',
      'no form body on GET (Binance reads GET params from the query string)',
      'a form body',
    )
  }
}

/** Appends `name=value` to wire text. */
const append = (text: string, pair: string) => (text === '' ? pair : `${text}&${pair}`)

/**
 * Builds the percent-encoded wire text of a REST request: the caller's params in their order, then (signed only)
 * `recvWindow` and `timestamp` appended to the part that is sent last. Checks run in a fixed order: intent
 * shape, param values, names in both parts, signing params, timing options, then text that is not well-formed
 * Unicode.
 * @internal
 */
export function restWire(intent: RequestIntent, options: TimingOptions, now: () => number): RestWire {
  checkIntent(intent)
  const hasForm = intent.form !== undefined
  const query = encodeParams(intent.params, 'params', hasForm)
  const form = hasForm ? encodeParams(intent.form, 'form', true) : undefined
  if (form !== undefined) {
    for (const name of form.names!) {
      // spec binance.md §2: when a name is in both, the query value wins; sending it twice only hides bugs.
      if (query.names!.includes(name)) {
        throw new InvalidParameterError(name, 'the parameter in params or in form, not both', 'both')
      }
    }
  }
  let queryText = query.text
  let formText = form?.text
  if (intent.security === 'signed') {
    // The query's first SIGNING_PARAMS name (in that list's order) is named before the form's.
    if (query.signing !== 0) refuseSigningParam(firstSigningParam(query.signing))
    if (form !== undefined && form.signing !== 0) refuseSigningParam(firstSigningParam(form.signing))
    const unit = checkTimeUnit(options.timeUnit)
    if (unit === 'us' && !intent.path.startsWith('/api/')) {
      // spec binance.md §4: microsecond timestamps are documented for spot only; futures pages say milliseconds.
      throw new InvalidParameterError(
        'timeUnit',
        '"ms" on this path (µs timestamps are documented for spot /api/ endpoints only)',
        '"us"',
      )
    }
    const recvWindow = recvWindowOption(options)
    const timestamp = resolveTimestamp(options, now, unit)
    // spec binance.md §9 (BN-1, BN-3): recvWindow before timestamp, both after the caller's params, in the part
    // that is sent last.
    const timing =
      recvWindow === undefined ? `timestamp=${timestamp}` : `recvWindow=${recvWindow}&timestamp=${timestamp}`
    if (formText === undefined) queryText = append(queryText, timing)
    else formText = append(formText, timing)
  }
  if (query.malformed !== undefined) refuseMalformed(query.malformed)
  if (form?.malformed !== undefined) refuseMalformed(form.malformed)
  return { query: strict(queryText), form: formText === undefined ? undefined : strict(formText) }
}

/** Splits strict wire text back into entries; exact, since `&` and `=` inside names and values are encoded. */
const decodeEntries = (text: string): Entry[] =>
  text === ''
    ? []
    : text.split('&').map((pair) => {
        const at = pair.indexOf('=')
        return [decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))]
      })

/**
 * The ordered entries of a REST request, read back from the exact wire text `restWire` builds (same checks,
 * same order), for the signature variants. @internal
 */
export function restParts(intent: RequestIntent, options: TimingOptions, now: () => number): RestParts {
  const wire = restWire(intent, options, now)
  return {
    query: decodeEntries(wire.query),
    form: wire.form === undefined ? undefined : decodeEntries(wire.form),
  }
}

/** Params of a WebSocket API request as ordered entries (for sorting and raw joining). @internal */
export function wsEntries(params: Params | undefined): ParamEntries {
  return entries(params, 'params')
}
