import {
  ClockUncertainError,
  chooseTimestamp,
  createServerClock,
  ExchangeError,
  InvalidParameterError,
  type JsonBody,
  joinParams,
  NetworkError,
  normalizeParams,
  type Params,
  percentEncode,
  type RequestIntent,
  redactHeaders,
  redactUrl,
  retryAfterMs,
  type SecurityLevel,
  type SignedRequest,
  scrub,
  serializeJsonBody,
  summarizeBody,
  toExchangeError,
} from '@signet/core'
import ky from 'ky'
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
  const productName = options.product ?? exchange.defaultProduct
  const product = exchange.products[productName]
  if (!product) {
    throw new InvalidParameterError(
      'product',
      `one of ${Object.keys(exchange.products).join(', ')}`,
      `"${productName}"`,
    )
  }
  const environment = options.environment ?? 'live'
  const chosenBaseUrl = (options.baseUrl ?? product.rest[environment])?.replace(/\/+$/, '')
  if (!chosenBaseUrl) {
    throw new InvalidParameterError(
      'environment',
      `one of ${Object.keys(product.rest).join(', ')}`,
      `"${environment}"`,
    )
  }
  const baseUrl: string = chosenBaseUrl
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

  async function fetchServerTime(): Promise<number> {
    const signed = unsigned(product!.serverTime)
    // An overridden base URL (proxy, emulator) serves everything; otherwise the product may name another host.
    const timeBaseUrl = options.baseUrl ? baseUrl : (product!.serverTimeRest?.[environment] ?? baseUrl)
    let response: Response
    try {
      response = await send(signed, undefined, timeBaseUrl)
    } catch (error) {
      throw new NetworkError(`The server time could not be fetched: ${transportMessage(error)}`, {
        exchange: exchange.id,
        request: `GET ${signed.url}`,
        hint: `Check connectivity to ${timeBaseUrl}.`,
        cause: error,
      })
    }
    const text = await response.text()
    const classified = exchange.classifyError({
      status: response.status,
      headers: headersOf(response),
      body: text,
    })
    if (classified)
      throw toExchangeError(classified, {
        exchange: exchange.id,
        status: response.status,
        request: `GET ${signed.url}`,
      })
    let time: number
    try {
      time = exchange.parseServerTime(parseBody(text))
    } catch {
      time = Number.NaN
    }
    if (!Number.isFinite(time)) {
      throw new ExchangeError(
        `The server-time answer could not be read: ${summarizeBody(text) || '(empty body)'}`,
        {
          exchange: exchange.id,
          status: response.status,
          request: `GET ${signed.url}`,
          hint: 'Check that the base URL points at the exchange (a proxy or captive portal may be answering).',
        },
      )
    }
    return time
  }

  const clock = options.clock ?? createServerClock({ fetchServerTime })

  function send(signed: SignedRequest, signal: AbortSignal | undefined, base = baseUrl) {
    const url = base.replace(/\/+$/, '') + signed.url
    // The signature covers these exact bytes: refuse to send if the URL parser would re-encode them.
    if (!new URL(url).href.endsWith(signed.url)) {
      // Name the path and the offending characters only: the query may carry a signature under any name.
      const q = signed.url.indexOf('?')
      const path = q < 0 ? signed.url : signed.url.slice(0, q)
      const odd = [...new Set(signed.url.replace(/[A-Za-z0-9\-._~%&=+,:@/!$()*;?]/g, ''))].join(' ')
      throw new InvalidParameterError(
        'url',
        'a URL that the WHATWG URL parser leaves unchanged (the signature covers its exact bytes)',
        `a URL for ${signed.method} ${path} with characters it would re-encode: ${odd}`,
        {
          exchange: exchange.id,
          hint: 'The exchange package must percent-encode every character outside RFC 3986 unreserved.',
        },
      )
    }
    return http(url, {
      method: signed.method,
      headers: signed.headers,
      ...(signed.body !== undefined ? { body: signed.body } : {}),
      ...(signal ? { signal } : {}),
    })
  }

  async function timestampFor(windowMs: number | undefined, requestLabel: string): Promise<number> {
    const tolerance = exchange.tolerance(windowMs)
    const state = clock.status().state
    if (state !== 'synced') {
      const status = await clock.sync()
      hooks.onResync?.({ type: 'resync', reason: state, status })
    }
    const choose = () => {
      const status = clock.status()
      return chooseTimestamp({
        now: clock.now(),
        uncertaintyMs: status.uncertaintyMs,
        tolerance,
        latencyMs: latencyBudgetMs,
        resolutionMs: exchange.timestampResolutionMs,
        exchange: exchange.id,
        request: requestLabel,
      })
    }
    try {
      return choose()
    } catch (error) {
      if (!(error instanceof ClockUncertainError)) throw error
      // One fresh measurement may shrink the uncertainty; if not, refuse before sending.
      const status = await clock.sync()
      hooks.onResync?.({ type: 'resync', reason: 'uncertain', status })
      return choose()
    }
  }

  async function request<T>(intent: RequestIntent, requestOptions: RequestOptions = {}): Promise<T> {
    const windowMs = requestOptions.windowMs ?? options.windowMs ?? exchange.defaultWindowMs
    const label = `${intent.method} ${intent.path}`
    if (intent.security !== 'none' && !signer) {
      throw new InvalidParameterError('signer', `a signer for ${intent.security} request ${label}`, 'none', {
        exchange: exchange.id,
      })
    }
    let timestampRetried = false
    let transientRetries = 0
    for (let attempt = 1; ; attempt++) {
      const signed =
        intent.security === 'signed'
          ? await signer!.sign(intent, { timestamp: await timestampFor(windowMs, label), windowMs })
          : signer
            ? await signer.sign(intent, { windowMs })
            : unsigned(intent)
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
        if (signed.method === 'GET' && transientRetries < getRetries && !requestOptions.signal?.aborted) {
          transientRetries++
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
      let classified: ReturnType<typeof exchange.classifyError>
      try {
        classified = exchange.classifyError(wire)
      } catch {
        classified = {
          kind: 'other',
          code: response.status,
          message: `HTTP ${response.status}`,
          hint: undefined,
        }
      }
      const serverTime = classified?.serverTime ?? exchange.serverTimeFromResponse?.(wire)
      if (serverTime !== undefined) clock.observe({ serverTime, sentAt, receivedAt })
      if (!classified) return parseBody(body) as T
      if (classified.kind === 'timestamp' && !timestampRetried && intent.security === 'signed') {
        // The exchange guarantees a request rejected for its timestamp was not executed: resync, re-sign, retry once.
        timestampRetried = true
        hooks.onRetry?.({ type: 'retry', attempt, method: signed.method, url: redacted, reason: 'timestamp' })
        const status = await clock.sync()
        hooks.onResync?.({ type: 'resync', reason: 'timestamp-rejected', status })
        continue
      }
      if (response.status >= 500 && signed.method === 'GET' && transientRetries < getRetries) {
        transientRetries++
        hooks.onRetry?.({
          type: 'retry',
          attempt,
          method: signed.method,
          url: redacted,
          reason: 'server-error',
        })
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
    baseUrl,
    request,
    get: (path, params, security = 'signed') => request({ method: 'GET', path, params, security }),
    post: withPayload('POST'),
    put: withPayload('PUT'),
    delete: withPayload('DELETE'),
    fetchServerTime,
  }
}

/** Public requests without a signer: RFC 3986 query, JSON body. */
function unsigned(intent: RequestIntent): SignedRequest {
  const query = joinParams(normalizeParams(intent.params), percentEncode)
  const body = intent.body === undefined ? undefined : serializeJsonBody(intent.body)
  return {
    method: intent.method,
    url: query ? `${intent.path}?${query}` : intent.path,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body,
  }
}

/** fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ...) on its cause. */
function transportMessage(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { code?: string; message?: string } }
  const code = e?.cause?.code ?? e?.code
  return `${e?.message ?? String(error)}${code ? ` (${code})` : ''}`
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

function parseBody(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
