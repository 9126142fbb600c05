import {
  type Credentials,
  checkSignOptions,
  InvalidParameterError,
  type RequestIntent,
  type SignedRequest,
  type Signer,
  type SignOptions,
  toSigner,
} from '@signet/core'
import { encodeEntries, restParts } from './_payload'
import { type BinanceTimeUnit, signingNow } from './_timing'

export type { BinanceTimeUnit } from './_timing'

import { checkApiKey, keyTypeOf, prepareKey, rememberKey, signText } from './_keys'

/** Options of `signer.sign` for Binance REST requests. */
export type BinanceSignOptions = SignOptions & {
  /**
   * Binance `recvWindow` in ms: more than 0, at most 60000, up to 3 decimals (alias of `windowMs`). When neither
   * is given no recvWindow is sent and Binance applies 5000.
   */
  recvWindow?: number | undefined
  /** Unit of the `timestamp` written on the wire; `us` is accepted by spot `/api/` endpoints only. @default 'ms' */
  timeUnit?: BinanceTimeUnit | undefined
  /** Ask Binance for microsecond timestamps in the response (`X-MBX-TIME-UNIT: MICROSECOND`). @default 'ms' */
  responseTimeUnit?: BinanceTimeUnit | undefined
}

/** Credentials of `createBinanceSigner`: an HMAC `secret`, or an Ed25519/RSA `privateKey` (+ PEM `passphrase`). */
export type CreateBinanceSignerParameters = Credentials & {
  /** Server-aligned clock (e.g. `clock.now`), used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** A Binance signer: the core `Signer` with Binance options. */
export type BinanceSigner = Signer<BinanceSignOptions, 'binance'>

const FORM = 'application/x-www-form-urlencoded'

/**
 * Creates a Binance REST signer for an HMAC, Ed25519 or RSA key; the key is parsed and prepared once.
 *
 * @example
 * const signer = createBinanceSigner({ apiKey, secret })
 * const req = await signer.sign(
 *   { method: 'POST', path: '/api/v3/order', params: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }, security: 'signed' },
 *   { timestamp: clock.now(), recvWindow: 5000 },
 * )
 * // req.url === '/api/v3/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&recvWindow=5000&timestamp=...&signature=...'
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

  const signSync = (intent: RequestIntent, given?: BinanceSignOptions): SignedRequest => {
    const options = checkSignOptions(given)
    const { responseTimeUnit } = options
    const microResponses = responseTimeUnit === 'us'
    if (!microResponses && responseTimeUnit !== undefined && responseTimeUnit !== 'ms') {
      throw new InvalidParameterError('responseTimeUnit', '"ms" or "us"', String(responseTimeUnit))
    }
    const parts = restParts(intent, options, now)
    let query = encodeEntries(parts.query)
    let body = parts.form === undefined ? undefined : encodeEntries(parts.form)
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

  const signer = toSigner<BinanceSignOptions, 'binance'>({
    type: 'local',
    exchange: 'binance',
    keyType: keyTypeOf(key),
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  })
  rememberKey(signer, key)
  return signer
}
