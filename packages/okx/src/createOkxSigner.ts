import {
  type Credentials,
  InvalidParameterError,
  type LocalSigner,
  type RequestIntent,
  type SignedRequest,
  type SignOptions,
  signingTime,
  UnsupportedError,
  type WebSocketAuthOptions,
} from '@signet/core'
import { asyncSign, checkSignOptions, describeReceived, hmac, refuseWindowMs } from '@signet/core/kit'
import { checkOkxCredentials } from './_credentials'
import { restPrehash, wsLoginPrehash } from './_prehash'
import { checkEpochMs, isoTimestamp } from './_timestamp'
import { wireParts } from './_wireParts'

/** The environment an OKX key was created in: demo-trading keys are separate from live keys (spec okx.md §3 [DEMO]). */
export type OkxKeyEnvironment = 'live' | 'demo'

/** Parameters of `createOkxSigner`. */
export type CreateOkxSignerParameters = Pick<
  Credentials,
  'apiKey' | 'secret' | 'passphrase' | 'privateKey' | 'privateKeyPassphrase'
> & {
  /** Environment the key was created in; `demo` adds `x-simulated-trading: 1` to every request. @default 'live' */
  keyEnvironment?: OkxKeyEnvironment | string | undefined
  /** @deprecated Use `keyEnvironment`: the client's `environment` picks hosts, this is the key's. */
  environment?: OkxKeyEnvironment | string | undefined
  /** Server-aligned clock, epoch ms (e.g. `clock.now`), used when a call gives no timestamp. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Options of `OkxSigner.sign`: `windowMs` becomes the `expTime` deadline (timestamp + windowMs) on the endpoints
 * that honour one, and is refused elsewhere (spec okx.md §3, §4 [EXP]).
 */
export type OkxSignOptions = SignOptions & {
  /**
   * Request deadline, epoch ms, sent as the `expTime` header; only on the endpoints that honour it (order placement
   * and amendment, signal-bot sub-orders; spec okx.md §3). @default timestamp + windowMs when `windowMs` is given
   */
  expTime?: number | undefined
}

/** Options of `OkxSigner.signWebSocketAuth`: the login timestamp; OKX fixes its window at 30 s, so no `windowMs`. */
export type OkxWebSocketAuthOptions = WebSocketAuthOptions

/** The WebSocket `login` op, ready for `JSON.stringify` (spec okx.md §7). */
export type OkxWebSocketAuth = {
  op: 'login'
  args: [{ apiKey: string; passphrase: string; timestamp: string; sign: string }]
}

/** An OKX signer: the core `Signer` plus the WebSocket login payload. */
export type OkxSigner = LocalSigner<OkxSignOptions, 'okx', OkxWebSocketAuth> & {
  /** The environment the key was created in (`demo` sends `x-simulated-trading: 1`). */
  readonly keyEnvironment: OkxKeyEnvironment
  /** Builds the private-channel `login` op signed with the server-aligned time (spec okx.md §7). */
  signWebSocketAuth(options?: OkxWebSocketAuthOptions): Promise<OkxWebSocketAuth>
}

// spec okx.md §3 [EXP]: expTime is honoured by place / amend (batch) order and signal-bot sub-order endpoints only.
const DEADLINE_PATHS: ReadonlySet<string> = new Set([
  '/api/v5/trade/order',
  '/api/v5/trade/batch-orders',
  '/api/v5/trade/amend-order',
  '/api/v5/trade/amend-batch-orders',
  '/api/v5/tradingBot/signal/sub-order',
])

/**
 * Creates an OKX v5 signer (HMAC-SHA256, base64, passphrase header, demo-trading header) with the key prepared once.
 *
 * @example
 * const signer = createOkxSigner({ apiKey, secret, passphrase, now: clock.now })
 * const request = await signer.sign({ method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'BTC' }, security: 'signed' })
 * ws.send(JSON.stringify(await signer.signWebSocketAuth()))
 */
export function createOkxSigner(parameters: CreateOkxSignerParameters): OkxSigner {
  const { apiKey, key, passphrase, keyEnvironment } = checkOkxCredentials(parameters ?? {})
  // Core's clock/signer contract, as every exchange: `now` is a function (e.g. clock.now), the per-call
  // timestamp wins, and a server clock's fractional ms are floored.
  const time = signingTime(parameters.now)
  const timestampOf = (field: string, given: number | undefined) => time(given, field)

  function signSync(intent: RequestIntent, given?: OkxSignOptions): SignedRequest {
    const options = checkSignOptions(given)
    const { method, requestPath, body } = wireParts(intent)
    const security = intent.security
    if (security !== 'none' && security !== 'api-key' && security !== 'signed') {
      throw new InvalidParameterError('security', '"none", "api-key" or "signed"', describeReceived(security))
    }
    const headers: Record<string, string> = {}
    if (security !== 'none') {
      // OKX has no key-only level: every private endpoint takes the full signature (spec okx.md §2).
      const ms = timestampOf('timestamp', options.timestamp)
      const expTime = deadline(ms, options, method, requestPath)
      const timestamp = isoTimestamp(ms)
      headers['OK-ACCESS-KEY'] = apiKey
      headers['OK-ACCESS-SIGN'] = hmac(
        'sha256',
        key,
        restPrehash(timestamp, method, requestPath, body ?? ''),
        'base64',
      )
      headers['OK-ACCESS-TIMESTAMP'] = timestamp
      headers['OK-ACCESS-PASSPHRASE'] = passphrase
      if (expTime !== undefined) headers.expTime = String(expTime)
    }
    // spec okx.md §3: JSON content type on POST; demo keys need the header on every request.
    if (method === 'POST') headers['Content-Type'] = 'application/json'
    if (keyEnvironment === 'demo') headers['x-simulated-trading'] = '1'
    return body === undefined
      ? { method, url: requestPath, headers }
      : { method, url: requestPath, headers, body }
  }

  async function signWebSocketAuth(given?: OkxWebSocketAuthOptions): Promise<OkxWebSocketAuth> {
    const options = checkSignOptions(given)
    // spec okx.md §7: a login is valid 30 s after its timestamp, a window the client cannot choose.
    refuseWindowMs(options.windowMs, {
      exchange: 'okx',
      reason: 'OKX accepts a WebSocket login for a fixed 30 s after its timestamp (spec okx.md §7)',
    })
    const ms = timestampOf('timestamp', options.timestamp)
    // spec okx.md §7, §10.2: Unix seconds, not ms; rounded down so the login is never ahead of server time.
    const timestamp = String(Math.floor(ms / 1000))
    const sign = hmac('sha256', key, wsLoginPrehash(timestamp), 'base64')
    return { op: 'login', args: [{ apiKey, passphrase, timestamp, sign }] }
  }

  return Object.freeze({
    type: 'local',
    exchange: 'okx',
    keyType: 'hmac' as const,
    apiKey,
    keyEnvironment,
    sign: asyncSign(signSync),
    signSync,
    signWebSocketAuth,
  } satisfies OkxSigner)
}

/**
 * The `expTime` header value: the given deadline, or timestamp + windowMs; refused on endpoints that ignore it,
 * so a deadline the caller believes in is never silently dropped. @internal
 */
function deadline(
  timestamp: number,
  options: OkxSignOptions,
  method: string,
  requestPath: string,
): number | undefined {
  const { expTime, windowMs } = options
  if (expTime === undefined && windowMs === undefined) return undefined
  const path = requestPath.split('?')[0]!
  if (method !== 'POST' || !DEADLINE_PATHS.has(path)) {
    throw new UnsupportedError(
      windowMs !== undefined ? 'windowMs' : 'expTime',
      `OKX honours a request deadline (expTime) only on order placement and amendment, not on ${method} ${path} (spec okx.md §3)`,
      {
        exchange: 'okx',
        hint: 'Nothing was sent: pass windowMs (or expTime) only with POST /api/v5/trade/order, batch-orders, amend-order or amend-batch-orders; OKX checks every other request against its fixed 30 s window.',
      },
    )
  }
  if (
    windowMs !== undefined &&
    (typeof windowMs !== 'number' || !Number.isSafeInteger(windowMs) || windowMs <= 0)
  ) {
    throw new InvalidParameterError('windowMs', 'a positive integer number of ms', String(windowMs))
  }
  if (expTime === undefined) return windowMs === undefined ? undefined : timestamp + windowMs
  if (windowMs !== undefined) {
    throw new InvalidParameterError('expTime', 'either expTime or windowMs, not both', 'both')
  }
  checkEpochMs('expTime', expTime)
  if (expTime <= timestamp) {
    throw new InvalidParameterError(
      'expTime',
      'a deadline after the request timestamp (OKX answers 50036 for a deadline in the past)',
      `${expTime - timestamp} ms relative to the timestamp`,
    )
  }
  return expTime
}
