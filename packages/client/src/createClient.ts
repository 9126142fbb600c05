import {
  createServerClock,
  InvalidParameterError,
  type JsonBody,
  NetworkError,
  type Params,
  type RequestIntent,
  redactHeaders,
  redactUrl,
  retryAfterMs,
  type SecurityLevel,
  scrub,
  timestampWindow,
  toExchangeError,
} from '@signet/core'
import ky from 'ky'
import { createBudgetStage } from './_budget'
import { classify, headersOf, parseBody } from './_classify'
import { createFreshness } from './_freshness'
import { type RetryState, retryReason } from './_retry'
import { createSend, transportMessage } from './_send'
import { createFetchServerTime } from './_serverTime'
import { signAttempt } from './_sign'
import { resolveTarget } from './_target'
import type { Client, CreateClientOptions, RequestOptions } from './types'

/**
 * Creates an exchange-agnostic client on one `ky` instance: signs each attempt just before sending with a
 * timestamp the clock can vouch for, sends the signed strings verbatim, classifies errors, and retries only
 * what is safe (one re-signed retry after a timestamp rejection; network errors and 5xx only for GET).
 *
 * @example
 * const client = createClient({ exchange: binance, signer: createBinanceSigner({ apiKey, secret }) })
 * const account = await client.get('/api/v3/account')
 */
export function createClient(options: CreateClientOptions): Client {
  const { exchange, signer, hooks = {}, timeoutMs = 10_000, latencyBudgetMs = 1000, getRetries = 2 } = options
  const target = resolveTarget(exchange, options)
  if (signer && signer.exchange !== exchange.id) {
    throw new InvalidParameterError('signer', `a ${exchange.id} signer`, `a ${signer.exchange} signer`)
  }
  // One ky instance; retries are decided here, per attempt, because a retry must be re-signed.
  const http = ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  // The budget's windows follow the server clock, which itself fetches the time through the budget.
  const budget = createBudgetStage(exchange, () => clock.now(), options.budget)
  const send = createSend(http, exchange.id, target.baseUrl)
  const fetchServerTime = createFetchServerTime(exchange, target, budget.wrap(send))
  const clock = options.clock ?? createServerClock({ fetchServerTime })
  const freshness = createFreshness(exchange, clock, latencyBudgetMs, hooks)

  async function request<T>(intent: RequestIntent, requestOptions: RequestOptions = {}): Promise<T> {
    const windowMs = timestampWindow(
      exchange.freshness,
      requestOptions.windowMs ?? options.windowMs,
    )?.windowMs
    const label = `${intent.method} ${intent.path}`
    if (intent.security !== 'none' && !signer) {
      throw new InvalidParameterError('signer', `a signer for ${intent.security} request ${label}`, 'none', {
        exchange: exchange.id,
      })
    }
    const retries: RetryState = { timestampRetried: false, transientRetries: 0 }
    for (let attempt = 1; ; attempt++) {
      const reservation = await budget.reserve(intent, requestOptions.maxWaitMs, requestOptions.signal)
      const signed = await signAttempt(intent, signer, freshness, windowMs, label)
      const redacted = redactUrl(signed.url)
      const scrubbed = (text: string) => scrub(text, Object.values(signed.headers))
      hooks.onRequest?.({
        type: 'request',
        attempt,
        method: signed.method,
        url: redacted,
        headers: redactHeaders(signed.headers),
      })
      const sentAt = clock.monotonicNow()
      let response: Response
      try {
        response = await send(signed, requestOptions.signal)
      } catch (error) {
        if (error instanceof InvalidParameterError) throw error
        const aborted = requestOptions.signal?.aborted === true
        if (retryReason(retries, signed.method, false, getRetries, { networkError: true, aborted })) {
          retries.transientRetries++
          hooks.onRetry?.({ type: 'retry', attempt, method: signed.method, url: redacted, reason: 'network' })
          continue
        }
        throw new NetworkError(`The request could not be completed: ${scrubbed(transportMessage(error))}`, {
          exchange: exchange.id,
          request: `${signed.method} ${redacted}`,
          hint:
            signed.method === 'GET'
              ? 'Check connectivity to the exchange host.'
              : 'Not retried automatically: the exchange may have executed it. Query the order by its client id before sending again.',
          // The transport error may quote the URL with its signature; keep only its class name.
          cause: new Error((error as Error)?.name ?? 'Error'),
        })
      }
      const body = await response.text()
      const receivedAt = clock.monotonicNow()
      hooks.onResponse?.({
        type: 'response',
        attempt,
        method: signed.method,
        url: redacted,
        status: response.status,
        durationMs: receivedAt - sentAt,
      })
      const wire = { status: response.status, headers: headersOf(response), body }
      const classified = classify(exchange, wire)
      await budget.settle(reservation, wire, classified)
      const serverTime = classified?.serverTime ?? exchange.serverTimeFromResponse?.(wire)
      if (serverTime !== undefined) clock.observe({ serverTime, sentAt, receivedAt })
      if (!classified) return parseBody(body) as T
      const reason = retryReason(retries, signed.method, intent.security === 'signed', getRetries, {
        classified,
        status: response.status,
      })
      if (reason) {
        hooks.onRetry?.({ type: 'retry', attempt, method: signed.method, url: redacted, reason })
        if (reason === 'timestamp') {
          retries.timestampRetried = true
          const status = await clock.sync()
          hooks.onResync?.({ type: 'resync', reason: 'timestamp-rejected', status })
        } else retries.transientRetries++
        continue
      }
      const retryAfter = classified.retryAfterMs ?? retryAfterMs(wire.headers)
      throw toExchangeError(
        { ...classified, message: scrubbed(classified.message), retryAfterMs: retryAfter },
        { exchange: exchange.id, status: response.status, request: `${signed.method} ${redacted}` },
      )
    }
  }

  const withPayload =
    (method: 'POST' | 'PUT' | 'DELETE') =>
    <T>(path: string, payload?: Params | JsonBody, security: SecurityLevel = 'signed') => {
      const place = exchange.bodyParams
      const intent: RequestIntent =
        place === 'json'
          ? { method, path, security, body: payload }
          : place === 'form'
            ? { method, path, security, form: payload as Params }
            : { method, path, security, params: payload as Params }
      return request<T>(intent)
    }

  return {
    exchange,
    clock,
    baseUrl: target.baseUrl,
    request,
    get: (path, params, security = 'signed') => request({ method: 'GET', path, params, security }),
    post: withPayload('POST'),
    put: withPayload('PUT'),
    delete: withPayload('DELETE'),
    fetchServerTime,
  }
}
