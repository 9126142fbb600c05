// A minimal exchange used to test the emulator and client generically: HMAC-SHA256 hex over
// timestamp + METHOD + url + body, JSON answers { code, msg, data }. Not a real exchange.
import {
  createSecret,
  type Emulation,
  type EmulationFailure,
  type ExchangeDefinition,
  type ExchangeDiagnosis,
  type ExchangeExamples,
  type ExchangeVerification,
  parseHmacSecret,
  type RequestIntent,
  type Signer,
  type Verifier,
  type WireResponse,
} from '@signet/core'
import {
  createHmacKey,
  hmac,
  joinParams,
  normalizeParams,
  parseRawRequest,
  percentEncode,
  safeEqual,
  serializeJsonBody,
} from '@signet/core/kit'

const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

export const toy: ExchangeDefinition = {
  id: 'toy',
  name: 'Toy',
  products: {
    spot: {
      rest: { live: 'https://toy.invalid' },
      serverTime: { method: 'GET', path: '/time', security: 'none' },
    },
  },
  defaultProduct: 'spot',
  freshness: {
    kind: 'timestamp',
    tolerance: (windowMs = 5000) => ({ aheadMs: 1000, behindMs: windowMs }),
    defaultWindowMs: 5000,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  parseServerTime: (body) => (body as { data: { time: number } }).data.time,
  classifyError(response) {
    let parsed: { code?: number; msg?: string; serverTime?: number }
    try {
      parsed = JSON.parse(response.body)
    } catch {
      return response.status >= 400
        ? {
            kind: response.status === 429 ? 'rate-limit' : 'other',
            code: response.status,
            message: `HTTP ${response.status}`,
            hint: undefined,
          }
        : undefined
    }
    if (!parsed.code) return undefined
    const kinds = { 1: 'invalid-signature', 2: 'timestamp', 3: 'invalid-api-key' } as const
    return {
      kind: kinds[parsed.code as 1 | 2 | 3] ?? 'other',
      code: parsed.code,
      message: parsed.msg ?? '',
      hint: undefined,
      serverTime: parsed.serverTime,
    }
  },
  createSigner: ({ apiKey, secret }) => createToySigner(apiKey, secret as string),
  clientOrderIdParam: 'clientId',
}

/** The toy's server-side check. */
export const toyVerification: ExchangeVerification = {
  createVerifier(options): Verifier {
    const respond = {
      serverTime: (time: number) => json(200, { code: 0, data: { time } }),
      ok: (data: unknown) => json(200, { code: 0, data }),
      error: (kind: string) => json(kind === 'not-found' ? 404 : 400, { code: 9, msg: kind }),
    }
    return {
      exchange: 'toy',
      respond,
      verify(request) {
        const r = parseRawRequest(request)
        if (options.paths && !options.paths.includes(r.path))
          return { ok: false, kind: 'not-found', code: 9, response: respond.error('not-found') }
        const key = options.keys.find((k) => k.apiKey === r.headers['x-key'])
        if (!key)
          return {
            ok: false,
            kind: 'invalid-api-key',
            code: 3,
            response: json(401, { code: 3, msg: 'bad key' }),
          }
        const ts = Number(r.headers['x-ts'])
        const now = options.now()
        if (!(now - 5000 <= ts && ts < now + 1000)) {
          return {
            ok: false,
            kind: 'timestamp',
            code: 2,
            response: json(400, { code: 2, msg: 'timestamp', serverTime: now }),
          }
        }
        const expected = hmac(
          'sha256',
          createHmacKey(createSecret(key.secret!)),
          toyStringToSign(request),
          'hex',
        )
        if (!safeEqual(expected, r.headers['x-sign'] ?? '')) {
          return {
            ok: false,
            kind: 'invalid-signature',
            code: 1,
            response: json(400, { code: 1, msg: 'bad sign' }),
          }
        }
        const params: Record<string, string> = Object.fromEntries(new URLSearchParams(r.query))
        if (r.body) Object.assign(params, JSON.parse(r.body))
        return { ok: true, apiKey: key.apiKey, method: r.method, path: r.path, params }
      },
    }
  },
}

/** The toy's diagnosis: its signed text and no known mistakes. */
export const toyDiagnosis: ExchangeDiagnosis = {
  stringToSign: toyStringToSign,
  signatureVariants: () => [],
}

export const toyExamples: ExchangeExamples = {
  account: { method: 'GET', path: '/account', security: 'signed' },
  placeOrder: (id) => ({
    method: 'POST',
    path: '/order',
    security: 'signed',
    body: { symbol: 'BTCUSDT', clientId: id },
  }),
  cancelOrder: (id) => ({ method: 'DELETE', path: '/order', security: 'signed', params: { clientId: id } }),
}

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})

/** The toy as the emulator serves it: time, account, and orders placed and cancelled by client id. */
export const toyEmulation: Emulation = {
  definition: toy,
  verification: toyVerification,
  diagnosis: toyDiagnosis,
  examples: toyExamples,
  rateLimits: { buckets: [], endpoints: [], source: 'none (a toy)' },
  uniqueClientIds: 'all',
  orderId: (sequence) => String(sequence),
  assets: (symbol) => (symbol.endsWith('USDT') ? [symbol.slice(0, -4), 'USDT'] : undefined),
  routes: [
    {
      action: 'time',
      method: 'GET',
      path: '/time',
      read: () => ({}),
      answer: (time) => json(200, { code: 0, data: { time } }),
    },
    {
      action: 'balances',
      method: 'GET',
      path: '/account',
      read: () => ({}),
      answer: (balances) => json(200, { code: 0, data: { balances } }),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/order',
      read: ({ params }) =>
        params.symbol
          ? {
              symbol: params.symbol,
              side: 'buy',
              type: 'limit',
              quantity: '0.001',
              price: '100',
              clientOrderId: params.clientId,
            }
          : refuse('bad-parameter', 'symbol'),
      answer: (o) =>
        json(200, { code: 0, data: { orderId: o.id, clientOrderId: o.clientOrderId, status: 'NEW' } }),
    },
    {
      action: 'cancel',
      method: 'DELETE',
      path: '/order',
      read: ({ params }) => ({ clientOrderId: params.clientId }),
      answer: (o) =>
        json(200, { code: 0, data: { orderId: o.id, clientOrderId: o.clientOrderId, status: 'CANCELED' } }),
    },
  ],
  failure: ({ failure }) => json(400, { code: 9, msg: failure }),
  rateLimited: () => json(429, { code: 9, msg: 'rate-limit' }),
}

function toyStringToSign(request: {
  method: string
  url: string
  headers: Record<string, string | undefined>
  body: string
}) {
  const r = parseRawRequest(request)
  return `${r.headers['x-ts']}${r.method}${request.url}${r.body}`
}

export function createToySigner(apiKey: string, secret: string): Signer {
  const key = createHmacKey(parseHmacSecret(secret))
  const signSync = (intent: RequestIntent, options: { timestamp?: number } = {}) => {
    const query = joinParams(normalizeParams(intent.params), percentEncode)
    const url = query ? `${intent.path}?${query}` : intent.path
    const body = intent.body === undefined ? undefined : serializeJsonBody(intent.body)
    if (intent.security === 'none') return { method: intent.method, url, headers: {}, body }
    const ts = String(options.timestamp ?? Date.now())
    const sign = hmac('sha256', key, `${ts}${intent.method}${url}${body ?? ''}`, 'hex')
    const headers: Record<string, string> = { 'X-KEY': apiKey, 'X-TS': ts, 'X-SIGN': sign }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    return { method: intent.method, url, headers, body }
  }
  return {
    type: 'local',
    exchange: 'toy',
    keyType: 'hmac',
    apiKey,
    sign: async (i, o) => signSync(i, o),
    signSync,
  }
}
