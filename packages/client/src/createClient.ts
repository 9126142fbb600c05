import {
  type Clock,
  createServerClock,
  type ExchangeDefinition,
  InvalidParameterError,
  type ProductOf,
  type RequestIntent,
  timestampWindow,
} from '@signet/core'
import { describeRequestLine, parseJson, sampleTimes } from '@signet/core/kit'
import { createBudgetStage } from './_budget'
import { answerError, classifyRedacted, headersOf, parseSuccess } from './_classify'
import { createFreshness, createNonceOrder } from './_freshness'
import { createHttp, type Http } from './_http'
import { createInFlight } from './_inFlight'
import { type RetryState, retryReason } from './_retry'
import { createSend } from './_send'
import { createReadServerTime } from './_serverTime'
import { createSignStage, type SignedAttempt } from './_sign'
import { resolveTarget } from './_target'
import { transportError } from './_transportError'
import { createVerbs } from './_verbs'
import { timingOf } from './_wire'
import type { Client, CreateClientOptions, DefaultProductOf, RequestOptions } from './types'

// The shortest time between two passive clock samples taken from answers, in ms.
const PASSIVE_SAMPLE_MS = 100

/**
 * Creates an exchange-agnostic client on one `ky` instance: signs each attempt just before sending with a
 * timestamp the clock can vouch for, sends the signed strings verbatim, classifies errors, and retries only
 * what is safe (one re-signed retry after a timestamp rejection; network errors and 5xx only for GET).
 *
 * @example
 * const client = createClient({ exchange: binance, signer: createBinanceSigner({ apiKey, secret }) })
 * const account = await client.get('/api/v3/account')
 */
export function createClient<
  definition extends ExchangeDefinition,
  product extends ProductOf<definition> = DefaultProductOf<definition>,
>(options: CreateClientOptions<definition, product>): Client<definition> {
  const { exchange, signer, hooks = {}, timeoutMs = 10_000, latencyBudgetMs = 1000, getRetries = 2 } = options
  const target = resolveTarget(exchange, options)
  const maxInFlight = options.maxInFlight ?? 64
  const inFlight = createInFlight(maxInFlight)
  if (signer && signer.exchange !== exchange.id) {
    throw new InvalidParameterError('signer', `a ${exchange.id} signer`, `a ${signer.exchange} signer`)
  }
  // One ky instance; retries are decided here, per attempt, because a retry must be re-signed.
  const http = createHttp({ timeoutMs, fetch: options.fetch, maxInFlight })
  // ky and undici start loading now, not at import; a failure to load surfaces on the first request.
  Promise.resolve(http()).catch(() => {})
  // The budget's windows follow the server clock, which itself fetches the time through the budget.
  const budget = createBudgetStage(exchange, () => clock, options.budget)
  const send = createSend(http, exchange.id, target.baseUrl)
  const readServerTime = createReadServerTime(exchange, target, budget.wrap(send))
  const fetchServerTime = async () => (await readServerTime()).serverTime
  const clock =
    options.clock ??
    waitForHttp(
      createServerClock({
        fetchServerTime: readServerTime,
        resolutionMs: target.product.serverTimeResolutionMs,
      }),
      http,
    )
  const freshness = createFreshness(exchange, clock, latencyBudgetMs, hooks, {
    source: options.nonceSource,
    apiKey: signer?.apiKey,
  })

  const signInTime = createSignStage({
    exchange,
    signer,
    freshness,
    clock,
    latencyBudgetMs,
    hooks,
    headers: target.headers,
  })

  let lastPassiveAt = Number.NEGATIVE_INFINITY

  async function request<T>(intent: RequestIntent, requestOptions: RequestOptions = {}): Promise<T> {
    // One meaning of windowMs: a timestamp exchange's window (or its default); any other kind gets the caller's
    // value as given, so its signer refuses it instead of the client dropping it.
    const asked = requestOptions.windowMs ?? options.windowMs
    const windowMs =
      exchange.freshness.kind === 'timestamp' ? timestampWindow(exchange.freshness, asked)?.windowMs : asked
    // The request line names every message and hook: a method or path that is not a string is refused here.
    if (typeof intent?.method !== 'string' || typeof intent.path !== 'string') {
      throw new InvalidParameterError(
        'intent',
        'a method and a path as strings (e.g. GET /api/v3/account)',
        describeRequestLine(intent),
        { exchange: exchange.id, hint: 'Nothing was sent: pass the HTTP method and the path as strings.' },
      )
    }
    const label = `${intent.method} ${intent.path}`
    if (intent.security !== 'none' && !signer) {
      throw new InvalidParameterError('signer', `a signer for ${intent.security} request ${label}`, 'none', {
        exchange: exchange.id,
      })
    }
    const retries: RetryState = { timestampRetried: false, transientRetries: 0 }
    for (let attempt = 1; ; attempt++) {
      // Each stage below is awaited only when it has to wait (a budget, a full slot, a clock to sync).
      const reserved = budget.active
        ? await budget.reserve(intent, requestOptions.maxWaitMs, requestOptions.signal)
        : undefined
      // A burst waits here, before signing: the slot is given back when the answer arrives (the client's transport
      // reads it whole; another fetch resolves at its headers).
      const release = inFlight.tryAcquire() ?? (await inFlight.acquire(requestOptions.signal))
      let attemptSigned: SignedAttempt
      let reservation: typeof reserved
      try {
        const signing = signInTime(intent, windowMs, label, attempt, requestOptions.sign)
        attemptSigned = signing instanceof Promise ? await signing : signing
        // Signed too late for the reservation to cover the send: renew it, or wait for room and sign again.
        reservation = budget.active ? await budget.renew(reserved, intent, requestOptions.signal) : undefined
      } catch (error) {
        release()
        throw error
      }
      const { signed, url, redact } = attemptSigned
      if (reserved && !reservation) {
        release()
        continue
      }
      // The redacted request line is built only when something reads it (a hook, an error, a non-JSON answer).
      const request = () => `${signed.method} ${url()}`
      const sentAt = clock.monotonicNow()
      let response: Response
      try {
        response = await send(signed, requestOptions.signal)
      } catch (error) {
        if (error instanceof InvalidParameterError) throw error
        const aborted = requestOptions.signal?.aborted === true
        if (retryReason(retries, signed.method, false, getRetries, { networkError: true, aborted })) {
          retries.transientRetries++
          hooks.onRetry?.({ type: 'retry', attempt, method: signed.method, url: url(), reason: 'network' })
          continue
        }
        throw transportError(error, { exchange, signed, request: request(), redact, phase: 'send' })
      } finally {
        release()
      }
      let body: string
      try {
        body = await response.text()
      } catch (error) {
        // The answer started (headers arrived) and the connection dropped: undici's bare "terminated".
        throw transportError(error, {
          exchange,
          signed,
          request: request(),
          redact,
          phase: 'body',
          status: response.status,
        })
      }
      const receivedAt = clock.monotonicNow()
      hooks.onResponse?.({
        type: 'response',
        attempt,
        method: signed.method,
        url: url(),
        status: response.status,
        durationMs: receivedAt - sentAt,
      })
      // The headers are copied into a plain object when something reads them (a classifier, the budget, an error).
      let headers: Record<string, string> | undefined
      // The body is parsed once, when something first reads it (the classifier, the clock, the caller's result).
      let json: unknown
      let parsed = false
      const wire = {
        status: response.status,
        get headers() {
          headers ??= headersOf(response)
          return headers
        },
        body,
        get json() {
          if (!parsed) {
            parsed = true
            json = parseJson(body)
          }
          return json
        },
      }
      const classified = classifyRedacted(exchange, wire, redact)
      if (budget.active) await budget.settle(reservation, wire, classified)
      // A passive clock sample from the answer at most every PASSIVE_SAMPLE_MS: the clock keeps a few of the
      // narrowest, and reading one means parsing the body once more (a time an error reveals is always taken).
      // The interval counts from the last answer read, whether it carried a time or not (an account answer never does).
      let serverTime = classified?.serverTime
      if (serverTime === undefined && receivedAt - lastPassiveAt >= PASSIVE_SAMPLE_MS) {
        lastPassiveAt = receivedAt
        serverTime = exchange.serverTimeFromResponse?.(wire)
      }
      // The transport's times narrow the sample inside the client's own, as for a time request.
      if (serverTime !== undefined)
        clock.observe(sampleTimes({ serverTime, ...timingOf(response) }, sentAt, receivedAt))
      if (!classified) {
        const context = {
          exchange: exchange.id,
          status: response.status,
          get request() {
            return request()
          },
          method: signed.method,
          redact,
          // Copied only for the error a body that is not JSON makes (a caller's fetch has no plain copy to give).
          get headers() {
            return wire.headers
          },
        }
        return parseSuccess(body, wire.json, context) as T
      }
      const reason = retryReason(retries, signed.method, intent.security === 'signed', getRetries, {
        classified,
        status: response.status,
      })
      if (reason) {
        hooks.onRetry?.({ type: 'retry', attempt, method: signed.method, url: url(), reason })
        if (reason === 'timestamp') {
          retries.timestampRetried = true
          const status = await clock.sync()
          hooks.onResync?.({ type: 'resync', reason: 'timestamp-rejected', status })
        } else if (reason === 'nonce') retries.nonceRetried = true
        else retries.transientRetries++
        continue
      }
      throw answerError(exchange, classified, wire, {
        request: request(),
        method: signed.method,
        sharedKey: classified.kind === 'nonce' && retries.nonceRetried === true,
        redact,
      })
    }
  }

  // An increasing-nonce key (Kraken): its signed requests go one at a time, so nonces arrive in order.
  const inOrder = createNonceOrder(exchange, signer?.apiKey, options.concurrentNonces, options.nonceOrder)
  const ordered = <T>(intent: RequestIntent, requestOptions?: RequestOptions): Promise<T> =>
    inOrder && intent.security === 'signed'
      ? inOrder(() => request<T>(intent, requestOptions))
      : request<T>(intent, requestOptions)

  return {
    exchange,
    clock,
    baseUrl: target.baseUrl,
    request: ordered,
    ...createVerbs(exchange, ordered),
    fetchServerTime,
  }
}

// The client's own clock syncs once its HTTP layer has loaded: a sample's round trip bounds the offset, and loading
// ky and the transport on first use (tens of ms) happens before anything is sent, so it must not count as one.
function waitForHttp(clock: Clock, http: Http): Clock {
  return {
    ...clock,
    sync: async () => {
      // A layer that fails to load is reported, typed, by the time request that needs it.
      await Promise.resolve(http()).catch(() => undefined)
      return clock.sync()
    },
  }
}
