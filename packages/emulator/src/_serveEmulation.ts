import {
  type Emulation,
  type EmulationAction,
  type EmulationFailure,
  type EmulationRequest,
  type EmulationRoute,
  type RateBan,
  type RateBucket,
  type RateRejection,
  type RawRequest,
  scaleRateLimits,
  type Verifier,
  type VerifierKey,
  type WireResponse,
} from '@signet/core'
import { type BookOptions, createBook } from './_createBook'
import {
  createRateLimiter,
  type RateBanState,
  type RateLimiterOptions,
  type RateUsage,
} from './_createRateLimiter'
import { matchPath, verifierPath } from './_matchPath'
import type { EmulatedOrder } from './types'

/** One exchange as the emulator serves it. @internal */
export type Served = {
  /**
   * What the route at this method and URL does, if the exchange serves it; where routes share the path, the one whose
   * `accepts` takes the query and top-level JSON body fields (Hyperliquid's `/info` `type`).
   */
  action(method: string, url: string, body?: string): EmulationAction | undefined
  handle(request: RawRequest, ip: string, now: number): { response: WireResponse; code?: string | number }
  timeAnswer(serverTime: number): WireResponse
  rateLimited(now: number): WireResponse
  banned(now: number): WireResponse
  setKeys(keys: readonly VerifierKey[]): void
  orders(): Omit<EmulatedOrder, 'exchange'>[]
  /** Rate-limit usage and bans in force at `now` (none when served without limits). */
  rateUsage(now: number): { counters: RateUsage[]; bans: RateBanState[] }
}

/** Options of `serveEmulation`. @internal */
export type ServeEmulationOptions = BookOptions & {
  keys: readonly VerifierKey[]
  now: () => number
  environment: string
  /** Rate-limit scaling and ban policy, or undefined to serve without limits. */
  rateLimits: (RateLimiterOptions & { scale: number; windowScale: number }) | undefined
}

const rejectionOf = (rule: RateBucket | RateBan): RateRejection =>
  'rejection' in rule ? rule.rejection : rule

const isFailure = (x: unknown): x is EmulationFailure =>
  typeof x === 'object' && x !== null && 'failure' in x && typeof (x as EmulationFailure).failure === 'string'

/** The objects of a JSON array body (a batch endpoint's items), each field as text; undefined otherwise. */
function arrayItems(body: string | undefined): Record<string, string>[] | undefined {
  if (body?.trimStart()[0] !== '[') return undefined
  try {
    const json = JSON.parse(body) as unknown
    if (!Array.isArray(json)) return undefined
    return json.map((item) => {
      const fields: Record<string, string> = {}
      if (item && typeof item === 'object' && !Array.isArray(item))
        for (const [name, value] of Object.entries(item))
          fields[name] = typeof value === 'string' ? value : JSON.stringify(value)
      return fields
    })
  } catch {
    return undefined
  }
}

/** The query's and a JSON object body's top-level fields as text, read without verifying (to match faults). */
function unverifiedFields(query: string, body: string | undefined): Record<string, string> {
  const fields: Record<string, string> = Object.fromEntries(new URLSearchParams(query))
  if (body?.trimStart()[0] !== '{') return fields
  try {
    const json = JSON.parse(body) as Record<string, unknown>
    for (const [name, value] of Object.entries(json))
      fields[name] = typeof value === 'string' ? value : JSON.stringify(value)
  } catch {
    // Not JSON: the query alone picks the route.
  }
  return fields
}

/** Serves an exchange's emulation: its routes on the generic book, behind its verifier and rate limits. @internal */
export function serveEmulation(emulation: Emulation, options: ServeEmulationOptions): Served {
  const book = createBook(emulation, options)
  const scaling = options.rateLimits
  const limiter = scaling
    ? createRateLimiter(
        scaleRateLimits(emulation.rateLimits, { limit: scaling.scale, window: scaling.windowScale }),
        scaling,
      )
    : undefined
  const makeVerifier = (keys: readonly VerifierKey[]): Verifier =>
    emulation.verification.createVerifier({
      keys,
      now: options.now,
      serverEnvironment: options.environment,
      // Time is public and answered before verification; the verifier knows the signed routes.
      paths: emulation.routes.filter((r) => r.action !== 'time').map((r) => verifierPath(r.path)),
    })
  let verifier = makeVerifier(options.keys)

  function find(method: string, path: string) {
    const found: { route: EmulationRoute; pathParams: Record<string, string> }[] = []
    for (const route of emulation.routes) {
      if (route.method !== method) continue
      const pathParams = matchPath(route.path, path)
      if (pathParams) found.push({ route, pathParams })
    }
    return found
  }

  const emptyRequest = (now: number): EmulationRequest => ({ params: {}, pathParams: {}, serverTime: now })
  const timeRoute = emulation.routes.find(
    (r): r is Extract<EmulationRoute, { action: 'time' }> => r.action === 'time',
  )
  const timeAnswer = (serverTime: number) =>
    timeRoute
      ? timeRoute.answer(serverTime, emptyRequest(serverTime))
      : verifier.respond.serverTime(serverTime)

  function withRetryAfter(response: WireResponse, retryAfter: boolean | undefined, ms: number): WireResponse {
    if (!retryAfter) return response
    return {
      ...response,
      headers: { ...response.headers, 'Retry-After': String(Math.max(1, Math.ceil(ms / 1000))) },
    }
  }

  function run(route: EmulationRoute, key: string, request: EmulationRequest): WireResponse {
    const now = request.serverTime
    // A route on another of the exchange's ledgers (Binance USDⓈ-M) keeps that key's orders and balances apart.
    const apiKey = route.book === undefined ? key : `${route.book}|${key}`
    const failed = (f: EmulationFailure) => emulation.failure(f, route.action, request)
    switch (route.action) {
      case 'time':
        return route.answer(now, request)
      case 'balances':
        return route.answer(book.balances(apiKey), request)
      case 'place': {
        const read = route.read(request)
        if (isFailure(read)) return failed(read)
        const order = book.place(apiKey, read, now, request.params)
        return isFailure(order) ? failed(order) : route.answer(order, request)
      }
      case 'place-batch': {
        const read = route.read(request)
        if (isFailure(read)) return failed(read)
        // Each item is placed on its own, in order: a refused item does not undo the ones before it.
        const results = read.map((item, i) =>
          isFailure(item) ? item : book.place(apiKey, item, now, request.items?.[i] ?? {}),
        )
        return route.answer(results, request)
      }
      case 'query':
      case 'cancel': {
        const read = route.read(request)
        if (isFailure(read)) return failed(read)
        const order = route.action === 'query' ? book.query(apiKey, read) : book.cancel(apiKey, read, now)
        return isFailure(order) ? failed(order) : route.answer(order, request)
      }
      case 'open-orders':
      case 'cancel-all': {
        const read = route.read(request)
        if (isFailure(read)) return failed(read)
        const orders =
          route.action === 'open-orders'
            ? book.open(apiKey, read.symbol)
            : book.cancelAll(apiKey, read.symbol, now)
        return route.answer(orders, request)
      }
    }
  }

  function handle(raw: RawRequest, ip: string, now: number) {
    const q = raw.url.indexOf('?')
    const path = q < 0 ? raw.url : raw.url.slice(0, q)
    const candidates = find(raw.method, path)
    if (candidates.length === 0) return { response: verifier.respond.error('not-found'), code: 'not-found' }
    let params: Record<string, string> = {}
    let apiKey = ''
    if (candidates[0]!.route.action !== 'time') {
      const result = verifier.verify(raw, 'signed')
      if (!result.ok) return { response: result.response, code: result.code }
      params = result.params
      apiKey = result.apiKey
    }
    const chosen = candidates.find((c) => c.route.accepts?.(params) ?? true)
    // Every route at this path picks its requests and none took this one (a Hyperliquid action or /info type the
    // emulation does not serve): the exchange's bad-parameter answer, never another route's.
    const unserved = chosen === undefined && candidates.every((c) => c.route.accepts !== undefined)
    const { route, pathParams } = chosen ?? candidates[0]!
    const request: EmulationRequest = {
      params,
      pathParams,
      serverTime: now,
      path,
      items: arrayItems(raw.body),
    }
    let headers: Record<string, string> = {}
    if (limiter) {
      const decision = limiter.check(raw.method, path, params, { ip, apiKey: apiKey || undefined }, now)
      if (!decision.ok) {
        const answer = emulation.rateLimited(decision.rule, decision.limit, request, decision.retryAfterMs)
        const rejection = rejectionOf(decision.rule)
        const response = withRetryAfter(answer, rejection.retryAfter, decision.retryAfterMs)
        return {
          response: { ...response, headers: { ...decision.headers, ...response.headers } },
          code: rejection.code,
        }
      }
      headers = decision.headers
    }
    const response = unserved
      ? emulation.failure({ failure: 'bad-parameter' }, route.action, request)
      : run(route, apiKey, request)
    return { response: { ...response, headers: { ...response.headers, ...headers } } }
  }

  const firstBucket = emulation.rateLimits.buckets[0]
  return {
    action(method, url, body) {
      const q = url.indexOf('?')
      const candidates = find(method, q < 0 ? url : url.slice(0, q))
      if (candidates.length < 2) return candidates[0]?.route.action
      const fields = unverifiedFields(q < 0 ? '' : url.slice(q + 1), body)
      return (candidates.find((c) => c.route.accepts?.(fields) ?? true) ?? candidates[0]!).route.action
    },
    handle,
    timeAnswer,
    rateLimited: (now) =>
      firstBucket
        ? withRetryAfter(
            emulation.rateLimited(firstBucket, firstBucket.limit, emptyRequest(now), 1000),
            firstBucket.rejection.retryAfter,
            1000,
          )
        : verifier.respond.error('internal'),
    banned: (now) => {
      const rule = emulation.rateLimits.ban ?? firstBucket
      if (!rule) return verifier.respond.error('internal')
      return withRetryAfter(
        emulation.rateLimited(rule, 0, emptyRequest(now), 120_000),
        rejectionOf(rule).retryAfter,
        120_000,
      )
    },
    setKeys(keys) {
      verifier = makeVerifier(keys)
    },
    rateUsage: (now) => limiter?.usage(now) ?? { counters: [], bans: [] },
    orders: () =>
      book.all().map(({ order, sequence }) => ({
        id: order.id,
        clientOrderId: order.clientOrderId ?? '',
        params: { ...order.params },
        status: order.status,
        sequence,
      })),
  }
}
