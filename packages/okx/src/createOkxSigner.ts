import {
  type Credentials,
  checkSignOptions,
  hmac,
  InvalidParameterError,
  type RequestIntent,
  type SignedRequest,
  type Signer,
  type SignOptions,
  signingTime,
} from '@signet/core'
import { checkOkxCredentials } from './_credentials'
import { restPrehash, wsLoginPrehash } from './_prehash'
import { checkEpochMs, isoTimestamp } from './_timestamp'
import { wireParts } from './_wireParts'

/** OKX environments a key belongs to: demo-trading keys are separate from live keys (spec okx.md §3 [DEMO]). */
export type OkxEnvironment = 'live' | 'demo'

/** Parameters of `createOkxSigner`. */
export type OkxSignerParameters = Pick<Credentials, 'apiKey' | 'secret' | 'passphrase' | 'privateKey'> & {
  /** Environment the key was created in; `demo` adds `x-simulated-trading: 1` to every request. @default 'live' */
  environment?: OkxEnvironment | string | undefined
  /** Server-aligned clock, epoch ms (e.g. `clock.now`), used when a call gives no timestamp. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `OkxSigner.sign`. */
export type OkxSignOptions = SignOptions & {
  /**
   * Request deadline, epoch ms, sent as the `expTime` header; OKX honours it on order placement and amendment
   * only (spec okx.md §3, §4). @default timestamp + windowMs when `windowMs` is given, else none
   */
  expTime?: number | undefined
}

/** Options of `OkxSigner.wsLogin`. */
export type OkxWsLoginOptions = {
  /** Server-aligned epoch ms; sent as whole Unix seconds (rounded down). @default the signer's `now()` */
  timestamp?: number | undefined
}

/** The WebSocket `login` op, ready for `JSON.stringify` (spec okx.md §7). */
export type OkxWsLoginMessage = {
  op: 'login'
  args: [{ apiKey: string; passphrase: string; timestamp: string; sign: string }]
}

/** An OKX signer: the core `Signer` plus the WebSocket login payload. */
export type OkxSigner = Signer<OkxSignOptions, 'okx'> & {
  readonly environment: OkxEnvironment
  /** Builds the private-channel `login` op signed with the server-aligned time. */
  wsLogin(options?: OkxWsLoginOptions): Promise<OkxWsLoginMessage>
  wsLoginSync(options?: OkxWsLoginOptions): OkxWsLoginMessage
}

/**
 * Creates an OKX v5 signer (HMAC-SHA256, base64, passphrase header, demo-trading header) with the key prepared once.
 *
 * @example
 * const signer = createOkxSigner({ apiKey, secret, passphrase, now: clock.now })
 * const request = await signer.sign({ method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'BTC' }, security: 'signed' })
 */
export function createOkxSigner(parameters: OkxSignerParameters): OkxSigner {
  const { apiKey, key, passphrase, environment } = checkOkxCredentials(parameters ?? {})
  // Core's clock/signer contract, as every exchange: `now` is a function (e.g. clock.now), the per-call
  // timestamp wins, and a server clock's fractional ms are floored.
  const time = signingTime(parameters.now)
  const timestampOf = (field: string, given: number | undefined) => time(given, field)

  function signSync(intent: RequestIntent, given?: OkxSignOptions): SignedRequest {
    const options = checkSignOptions(given)
    const { method, requestPath, body } = wireParts(intent)
    const security = intent.security
    if (security !== 'none' && security !== 'api-key' && security !== 'signed') {
      throw new InvalidParameterError('security', '"none", "api-key" or "signed"', String(security))
    }
    const headers: Record<string, string> = {}
    if (security !== 'none') {
      // OKX has no key-only level: every private endpoint takes the full signature (spec okx.md §2).
      const ms = timestampOf('timestamp', options.timestamp)
      const expTime = deadline(ms, options)
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
    if (environment === 'demo') headers['x-simulated-trading'] = '1'
    return body === undefined
      ? { method, url: requestPath, headers }
      : { method, url: requestPath, headers, body }
  }

  function wsLoginSync(given?: OkxWsLoginOptions): OkxWsLoginMessage {
    const options = checkSignOptions(given)
    const ms = timestampOf('timestamp', options.timestamp)
    // spec okx.md §7, §10.2: Unix seconds, not ms; rounded down so the login is never ahead of server time.
    const timestamp = String(Math.floor(ms / 1000))
    const sign = hmac('sha256', key, wsLoginPrehash(timestamp), 'base64')
    return { op: 'login', args: [{ apiKey, passphrase, timestamp, sign }] }
  }

  return Object.freeze({
    type: 'local' as const,
    exchange: 'okx',
    keyType: 'hmac' as const,
    apiKey,
    environment,
    sign: async (intent: RequestIntent, options?: OkxSignOptions) => signSync(intent, options),
    signSync,
    wsLogin: async (options?: OkxWsLoginOptions) => wsLoginSync(options),
    wsLoginSync,
  })
}

/** The `expTime` header value: the given deadline, or timestamp + windowMs. @internal */
function deadline(timestamp: number, options: OkxSignOptions): number | undefined {
  const { expTime, windowMs } = options
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
