import {
  type Clock,
  createServerClock,
  type ExchangeDefinition,
  InvalidParameterError,
  type ProductOf,
  type RequestIntent,
} from '@signet/core'
import { answerOf } from './_answer'
import { createBudgetStage } from './_budget'
import { answerError, classifyRedacted, parseSuccess } from './_classify'
import { createFreshness, createNonceOrder } from './_freshness'
import { createHttp, type Http } from './_http'
import { createInFlight } from './_inFlight'
import { requestLine, windowOf } from './_intent'
import { createPassiveSample } from './_passiveSample'
import { createTakeRetry, type RetryState, retryReason } from './_retry'
import { createSend } from './_send'
import { createReadServerTime } from './_serverTime'
import { createSignStage, type SignedAttempt } from './_sign'
import { checkSigner, resolveTarget } from './_target'
import { transportError } from './_transportError'
import { createVerbs } from './_verbs'
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
  checkSigner(exchange, target, signer)
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

  const observeTime = createPassiveSample(exchange, clock, PASSIVE_SAMPLE_MS)
  const takeRetry = createTakeRetry(hooks, clock)

  async function request<T>(intent: RequestIntent, requestOptions: RequestOptions = {}): Promise<T> {
    const label = requestLine(exchange, signer, intent)
    const windowMs = windowOf(exchange, requestOptions.windowMs ?? options.windowMs)
    const { signal } = requestOptions
    const retries: RetryState = { timestampRetried: false, transientRetries: 0 }
    for (let attempt = 1; ; attempt++) {
      // Each stage below is awaited only when it has to wait (a budget, a full slot, a clock to sync).
      const reserved = budget.active
        ? await budget.reserve(intent, requestOptions.maxWaitMs, signal)
        : undefined
      // A burst waits here, before signing: the slot is given back when the answer arrives (the client's transport
      // reads it whole; another fetch resolves at its headers).
      const release = inFlight.tryAcquire() ?? (await inFlight.acquire(signal))
      let attemptSigned: SignedAttempt
      let reservation: typeof reserved
      try {
        const signing = signInTime(intent, windowMs, label, attempt, requestOptions.sign)
        attemptSigned = signing instanceof Promise ? await signing : signing
        // Signed too late for the reservation to cover the send: renew it, or wait for room and sign again.
        reservation = budget.active ? await budget.renew(reserved, intent, signal) : undefined
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
        response = await send(signed, signal)
      } catch (error) {
        if (error instanceof InvalidParameterError) throw error
        const outcome = { networkError: true, aborted: signal?.aborted === true } as const
        if (retryReason(retries, signed.method, false, getRetries, outcome)) {
          await takeRetry(retries, 'network', attempt, signed.method, url)
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
        const context = { exchange, signed, request: request(), redact, status: response.status }
        throw transportError(error, { ...context, phase: 'body' })
      }
      const receivedAt = clock.monotonicNow()
      const durationMs = receivedAt - sentAt
      const { status } = response
      hooks.onResponse?.({ type: 'response', attempt, method: signed.method, url: url(), status, durationMs })
      const answer = answerOf(response, body)
      const classified = classifyRedacted(exchange, answer, redact)
      if (budget.active) await budget.settle(reservation, answer, classified)
      observeTime(answer, classified, response, sentAt, receivedAt)
      if (!classified) {
        return parseSuccess(answer, { exchange: exchange.id, request, method: signed.method, redact }) as T
      }
      const outcome = { classified, status }
      const reason = retryReason(retries, signed.method, intent.security === 'signed', getRetries, outcome)
      if (reason) {
        await takeRetry(retries, reason, attempt, signed.method, url)
        continue
      }
      const sharedKey = classified.kind === 'nonce' && retries.nonceRetried === true
      throw answerError(exchange, classified, answer, {
        request: request(),
        method: signed.method,
        sharedKey,
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
