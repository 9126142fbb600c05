import {
  CredentialFormatError,
  type Credentials,
  InvalidParameterError,
  type LocalSigner,
  type Params,
  type SignOptions,
  type WebSocketAuthOptions,
} from '@signet/core'
import { asyncSign, checkSignOptions, describeType } from '@signet/core/kit'
import { checkApiKey, keyTypeOf, prepareKey, signText } from './_keys'
import { restWire } from './_payload'
import { type BinanceTimeUnit, signingNow } from './_timing'
import { type BinanceWebSocketParams, signWsParams } from './_wsPayload'

export type { BinanceTimeUnit } from './_timing'
export type { BinanceWebSocketParams } from './_wsPayload'

/**
 * Options of `signer.sign` for Binance REST requests: `windowMs` is written as `recvWindow` (more than 0, at most
 * 60000 ms, up to 3 decimals; none sent when not given, and Binance applies 5000).
 */
export type BinanceSignOptions = SignOptions & {
  /** Unit of the `timestamp` written on the wire; `us` is accepted by spot `/api/` endpoints only. @default 'ms' */
  timeUnit?: BinanceTimeUnit | undefined
  /** Ask Binance for microsecond timestamps in the response (`X-MBX-TIME-UNIT: MICROSECOND`). @default 'ms' */
  responseTimeUnit?: BinanceTimeUnit | undefined
}

/** Credentials of `createBinanceSigner`: an HMAC `secret`, or an Ed25519/RSA `privateKey` (+ `privateKeyPassphrase`). */
export type CreateBinanceSignerParameters = Credentials & {
  /** Server-aligned clock (e.g. `clock.now`), used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `signer.signWebSocketAuth` (`session.logon`) and `signer.signWebSocketParams`. */
export type BinanceWebSocketAuthOptions = WebSocketAuthOptions & {
  /** The request id Binance echoes in its answer. @default 'session.logon' */
  id?: string | number | undefined
  /** Unit of the `timestamp` written into params. @default 'ms' */
  timeUnit?: BinanceTimeUnit | undefined
}

/** The WebSocket API `session.logon` request, ready for `JSON.stringify` (spec binance.md §7). */
export type BinanceWebSocketAuth = {
  id: string | number
  method: 'session.logon'
  params: { apiKey: string; signature: string; timestamp: number; recvWindow?: number }
}

/** A Binance signer: the core `Signer` with Binance options, the `session.logon` payload and WebSocket API params. */
export type BinanceSigner = LocalSigner<BinanceSignOptions, 'binance', BinanceWebSocketAuth> & {
  /** Builds `session.logon` with the signer's key and clock; only Ed25519 keys may log on (spec binance.md §7). */
  signWebSocketAuth(options?: BinanceWebSocketAuthOptions): Promise<BinanceWebSocketAuth>
  /**
   * Signs the `params` of one WebSocket API request (`order.place`, ...): `apiKey`, `timestamp` and, with
   * `windowMs`, `recvWindow` are added, the params sorted and joined raw, `signature` added last (spec §7).
   */
  signWebSocketParams(params: Params, options?: BinanceWebSocketAuthOptions): Promise<BinanceWebSocketParams>
  /** Synchronous variant of `signWebSocketParams`. */
  signWebSocketParamsSync(params: Params, options?: BinanceWebSocketAuthOptions): BinanceWebSocketParams
}

const FORM = 'application/x-www-form-urlencoded'

/**
 * Creates a Binance REST signer for an HMAC, Ed25519 or RSA key; the key is parsed and prepared once.
 *
 * @example
 * const signer = createBinanceSigner({ apiKey, secret })
 * const req = await signer.sign(
 *   { method: 'POST', path: '/api/v3/order', params: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }, security: 'signed' },
 *   { timestamp: clock.now(), windowMs: 5000 },
 * )
 * // req.url === '/api/v3/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&recvWindow=5000&timestamp=...&signature=...'
 * ws.send(JSON.stringify(await signer.signWebSocketAuth())) // Ed25519 keys: session.logon
 */
export function createBinanceSigner(parameters: CreateBinanceSignerParameters): BinanceSigner {
  const apiKey = checkApiKey(parameters?.apiKey)
  const key = prepareKey(parameters)
  // Core's clock/signer contract: `now` is a function; the per-call timestamp wins (packages/core/README.md).
  const now = signingNow(parameters.now)
  const hex = key.type === 'hmac'
  // Header objects are built once and shared: SignedRequest headers are read-only.
  const none = Object.freeze({}) as Record<string, string>
  const noneForm = Object.freeze({ 'Content-Type': FORM })
  const withKey = Object.freeze({ 'X-MBX-APIKEY': apiKey })
  const withKeyForm = Object.freeze({ 'X-MBX-APIKEY': apiKey, 'Content-Type': FORM })

  const signSync: BinanceSigner['signSync'] = (intent, given) => {
    const options = checkSignOptions(given)
    const { responseTimeUnit } = options
    const microResponses = responseTimeUnit === 'us'
    if (!microResponses && responseTimeUnit !== undefined && responseTimeUnit !== 'ms') {
      throw new InvalidParameterError('responseTimeUnit', '"ms" or "us"', String(responseTimeUnit))
    }
    const wire = restWire(intent, options, now)
    let query = wire.query
    let body = wire.form
    if (intent.security === 'signed') {
      // spec binance.md §2: the payload is query string + body with no separator; signature excluded.
      const signature = signText(key, body === undefined ? query : query + body)
      // spec §1: base64 (RSA/Ed25519) must be percent-encoded (+ / =); hex needs nothing.
      const pair = `signature=${hex ? signature : encodeURIComponent(signature)}`
      // spec §1: signature goes last, in the part that is sent last.
      if (body === undefined) query = query === '' ? pair : `${query}&${pair}`
      else body = body === '' ? pair : `${body}&${pair}`
    }
    let headers: Readonly<Record<string, string>> =
      intent.security === 'none'
        ? body === undefined
          ? none
          : noneForm
        : body === undefined
          ? withKey
          : withKeyForm
    // spec binance.md §3: the header only changes the unit of timestamps in the response.
    if (microResponses) headers = { ...headers, 'X-MBX-TIME-UNIT': 'MICROSECOND' }
    const url = query === '' ? intent.path : `${intent.path}?${query}`
    return body === undefined
      ? { method: intent.method, url, headers }
      : { method: intent.method, url, headers, body }
  }

  const signWebSocketParamsSync = (params: Params, given?: BinanceWebSocketAuthOptions) =>
    signWsParams(key, apiKey, params, checkSignOptions(given), now)

  const signWebSocketAuth = async (given?: BinanceWebSocketAuthOptions): Promise<BinanceWebSocketAuth> => {
    const options = checkSignOptions(given)
    const id = options.id ?? 'session.logon'
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new InvalidParameterError('id', 'a string or number request id', describeType(id))
    }
    if (key.type !== 'ed25519') {
      throw new CredentialFormatError(
        key.type === 'hmac' ? 'secret' : 'privateKey',
        `is ${key.type === 'hmac' ? 'an HMAC' : 'an RSA'} key; Binance session.logon accepts only Ed25519 keys`,
        {
          exchange: 'binance',
          hint: 'Create an Ed25519 API key for WebSocket sessions, or sign each WebSocket request with signer.signWebSocketParams.',
        },
      )
    }
    // spec binance.md §7: session.logon signs apiKey, timestamp (and recvWindow) like any WebSocket API request.
    const params = signWsParams(key, apiKey, undefined, options, now)
    return { id, method: 'session.logon', params: params as BinanceWebSocketAuth['params'] }
  }

  const signer: BinanceSigner = {
    type: 'local',
    exchange: 'binance',
    keyType: keyTypeOf(key),
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    signWebSocketAuth,
    signWebSocketParams: async (params, options) => signWebSocketParamsSync(params, options),
    signWebSocketParamsSync,
  }
  return Object.freeze(signer)
}
