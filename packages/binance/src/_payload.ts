import { InvalidParameterError, type Params, type RequestIntent } from '@signet/core'
import {
  describeType,
  encodeComponent,
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

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])
// Hot-path caches (bounded, hold only public path and param-name text): a bot signs the same few paths and names.
const CACHE_LIMIT = 1024
const checkedPaths = new Set<string>()
const encodedNames = new Map<string, string>()

function checkPath(path: unknown): boolean {
  // A `.`/`..` segment is resolved by URL parsers after signing, so the path Binance sees is not the one signed.
  if (typeof path !== 'string' || !/^\/[A-Za-z0-9/_.~-]*$/.test(path) || hasDotSegment(path)) return false
  if (checkedPaths.size < CACHE_LIMIT) checkedPaths.add(path)
  return true
}

/**
 * Joins entries as `name=value&...` with RFC 3986 percent-encoding of names and values (spec binance.md §2: UTF-8,
 * uppercase hex). `!*'()` are encoded too, as ccxt does: the official connector leaves them raw, but fetch's URL
 * parser rewrites `'` to `%27` after signing (-1022), so only the strict form is sent byte for byte. A lone
 * surrogate is an InvalidParameterError naming the param.
 * @internal
 */
const RFC3986_EXTRA = /[!'()*]/
const RFC3986_EXTRA_ALL = /[!'()*]/g
const hexOf = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`

export function encodeEntries(list: readonly (readonly [string, string])[]): string {
  let out = ''
  for (let i = 0; i < list.length; i++) {
    const [name, value] = list[i]!
    let encodedName = encodedNames.get(name)
    if (encodedName === undefined) {
      encodedName = percentEncode(name, name)
      if (encodedNames.size < CACHE_LIMIT) encodedNames.set(name, encodedName)
    }
    let encodedValue: string
    try {
      encodedValue = encodeURIComponent(value)
    } catch {
      encodedValue = encodeComponent(value, name)
    }
    out += i === 0 ? `${encodedName}=${encodedValue}` : `&${encodedName}=${encodedValue}`
  }
  // One pass over the whole query instead of one per value: names are already strict, separators are not in the set.
  return RFC3986_EXTRA.test(out) ? out.replace(RFC3986_EXTRA_ALL, hexOf) : out
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

function indexOfName(list: readonly (readonly [string, string])[], name: string): number {
  for (let i = 0; i < list.length; i++) if (list[i]![0] === name) return i
  return -1
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

/**
 * Builds the ordered wire entries of a REST request: the caller's params in their order, then (signed only)
 * `recvWindow` and `timestamp` appended to the part that is sent last, unless the caller already placed them.
 * @internal
 */
export function restParts(intent: RequestIntent, options: TimingOptions, now: () => number): RestParts {
  checkIntent(intent)
  const query = entries(intent.params, 'params')
  const form = intent.form === undefined ? undefined : entries(intent.form, 'form')
  if (form !== undefined) {
    for (const [name] of form) {
      // spec binance.md §2: when a name is in both, the query value wins; sending it twice only hides bugs.
      if (indexOfName(query, name) >= 0) {
        throw new InvalidParameterError(name, 'the parameter in params or in form, not both', 'both')
      }
    }
  }
  if (intent.security !== 'signed') return { query, form }
  for (const list of [query, form]) {
    if (list === undefined) continue
    for (const name of SIGNING_PARAMS) if (indexOfName(list, name) >= 0) refuseSigningParam(name)
  }
  const unit = checkTimeUnit(options.timeUnit)
  if (unit === 'us' && !intent.path.startsWith('/api/')) {
    // spec binance.md §4: microsecond timestamps are documented for spot only; futures pages say milliseconds.
    throw new InvalidParameterError(
      'timeUnit',
      '"ms" on this path (µs timestamps are documented for spot /api/ endpoints only)',
      '"us"',
    )
  }
  const target = form ?? query
  const recvWindow = recvWindowOption(options)
  // spec binance.md §9 (BN-1, BN-3): recvWindow before timestamp, both after the caller's params, in the part
  // that is sent last.
  if (recvWindow !== undefined) target.push(['recvWindow', recvWindow])
  target.push(['timestamp', resolveTimestamp(options, now, unit)])
  return { query, form }
}

/** Params of a WebSocket API request as ordered entries (for sorting and raw joining). @internal */
export function wsEntries(params: Params | undefined): ParamEntries {
  return entries(params, 'params')
}
