import {
  type Credentials,
  InvalidParameterError,
  type LocalSigner,
  type SignOptions,
  signingTime,
  type WebSocketAuthOptions,
} from '@signet/core'
import {
  asyncSign,
  checkPassphrases,
  checkSignOptions,
  hash,
  hmac,
  hmacSigningKey,
  joinParams,
  jsonRequestParts,
  refuseWindowMs,
} from '@signet/core/kit'

/** Parameters of `createGateioSigner`: an APIv4 key and secret. */
export type CreateGateioSignerParameters = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `signer.sign`: Gate.io fixes its window (±60 s, spec gateio.md §4), so `windowMs` is refused. */
export type GateioSignOptions = SignOptions

/** Options of `signer.signWebSocketAuth`: the WebSocket API login of one product. */
export type GateioWebSocketAuthOptions = WebSocketAuthOptions & {
  /** The login channel of the connection's product. @default 'spot.login' */
  channel?: 'spot.login' | 'futures.login' | undefined
  /** The request id Gate echoes in its answer. @default 'login' */
  reqId?: string | undefined
}

/** The WebSocket API login request (`spot.login`/`futures.login`), ready for `JSON.stringify` (spec gateio.md §7). */
export type GateioWebSocketAuth = {
  time: number
  channel: 'spot.login' | 'futures.login'
  event: 'api'
  payload: { api_key: string; signature: string; timestamp: string; req_id: string }
}

/** Options of `signer.signWebSocketChannelAuth`: the private channel and event one message subscribes to. */
export type GateioWebSocketChannelAuthOptions = {
  /** The private channel, e.g. `spot.orders`. */
  channel: string
  /** The event, e.g. `subscribe` or `unsubscribe`. */
  event: string
  /** Time of the message, server-aligned epoch ms (written as Unix seconds); the signer's `now()` when absent. */
  timestamp?: number | undefined
}

/** What a private channel message carries: its `time` (Unix seconds, as signed) and its `auth` object. */
export type GateioWebSocketChannelAuth = {
  time: number
  auth: { method: 'api_key'; KEY: string; SIGN: string }
}

/** A Gate.io signer: the core `Signer` plus the WebSocket API login. */
export type GateioSigner = LocalSigner<GateioSignOptions, 'gateio', GateioWebSocketAuth> & {
  /** Builds the WebSocket API login request signed with the server-aligned time (spec gateio.md §7). */
  signWebSocketAuth(options?: GateioWebSocketAuthOptions): Promise<GateioWebSocketAuth>
  /**
   * Signs one private channel message (spec gateio.md §7: `channel=<ch>&event=<ev>&time=<s>`): spread the result
   * into the message, `{ channel, event, payload, ...(await signer.signWebSocketChannelAuth({ channel, event })) }`.
   */
  signWebSocketChannelAuth(options: GateioWebSocketChannelAuthOptions): Promise<GateioWebSocketChannelAuth>
}

const WINDOW_REFUSAL = {
  exchange: 'gateio',
  reason: 'Gate.io accepts a timestamp within a fixed 60 s of its clock (spec gateio.md §4)',
}

/**
 * Creates a Gate.io APIv4 signer: HMAC-SHA512 in hex over METHOD, path, unencoded query, SHA-512 of the body and
 * the timestamp in seconds, one per line; the key is prepared once.
 *
 * @example
 * const signer = createGateioSigner({ apiKey, secret })
 * const request = await signer.sign({ method: 'GET', path: '/api/v4/spot/accounts', params: { currency: 'USDT' }, security: 'signed' })
 * ws.send(JSON.stringify(await signer.signWebSocketAuth()))
 */
export function createGateioSigner(credentials: CreateGateioSignerParameters): GateioSigner {
  const { apiKey, key } = hmacSigningKey(credentials, {
    exchange: 'gateio',
    keys: 'Gate.io APIv4 keys',
    hint: 'Pass the secret Gate issued as `secret`.',
    environments: ['live', 'testnet'],
  })
  // spec gateio.md §1: Gate signs with the key and secret only; neither passphrase applies.
  if (credentials.passphrase !== '')
    checkPassphrases(credentials, { exchange: 'gateio', account: false, privateKey: false })
  // Core's clock/signer contract: `now` is a function (e.g. clock.now); the per-call timestamp wins.
  const time = signingTime(credentials.now)

  const signSync: GateioSigner['signSync'] = (intent, given) => {
    const options = checkSignOptions(given)
    refuseWindowMs(options.windowMs, WINDOW_REFUSAL)
    // spec gateio.md: APIv4 also uses PATCH (spot order amendment, PATCH /spot/orders/{order_id}).
    // The wire query is percent-encoded (RFC 3986, as ccxt sends it); the signed query is the same pairs
    // "not URL-encoded, same order as in the URL" (spec gateio.md §2; commas broke signatures when an SDK
    // signed the encoded form: sieblyio/gateio-api#83).
    const { entries, url, body, contentType, unsigned } = jsonRequestParts(intent, {
      exchange: 'Gate.io',
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    })
    if (intent.security === 'none') return unsigned
    // spec gateio.md: Timestamp is Unix seconds; the ms timestamp is truncated, never rounded up.
    const timestamp = String(time(options.timestamp, 'timestamp', 1000) / 1000)
    const signedText = [
      intent.method,
      intent.path,
      joinParams(entries),
      hash('sha512', body ?? '', 'hex'),
      timestamp,
    ].join('\n')
    return {
      method: intent.method,
      url,
      headers: {
        KEY: apiKey,
        Timestamp: timestamp,
        SIGN: hmac('sha512', key, signedText, 'hex'),
        ...contentType,
      },
      body,
    }
  }

  const signWebSocketAuth = async (given?: GateioWebSocketAuthOptions): Promise<GateioWebSocketAuth> => {
    const options = checkSignOptions(given)
    refuseWindowMs(options.windowMs, WINDOW_REFUSAL)
    const channel = options.channel ?? 'spot.login'
    if (channel !== 'spot.login' && channel !== 'futures.login') {
      throw new InvalidParameterError('channel', '"spot.login" or "futures.login"', String(channel))
    }
    const reqId = options.reqId ?? 'login'
    if (typeof reqId !== 'string' || reqId === '') {
      throw new InvalidParameterError('reqId', 'a non-empty string', typeof reqId)
    }
    // spec gateio.md §7: Unix seconds, truncated; the login signs `api\n<channel>\n<req_param>\n<seconds>` with an
    // empty req_param (Gate's WebSocket API docs, login example), HMAC-SHA512 hex.
    const seconds = time(options.timestamp, 'timestamp', 1000) / 1000
    const signature = hmac('sha512', key, `api\n${channel}\n\n${seconds}`, 'hex')
    return {
      time: seconds,
      channel,
      event: 'api',
      payload: { api_key: apiKey, signature, timestamp: String(seconds), req_id: reqId },
    }
  }

  const signWebSocketChannelAuth = async (
    given: GateioWebSocketChannelAuthOptions,
  ): Promise<GateioWebSocketChannelAuth> => {
    const options = checkSignOptions(given as SignOptions) as GateioWebSocketChannelAuthOptions
    for (const field of ['channel', 'event'] as const) {
      const value = options[field]
      if (typeof value !== 'string' || !/^[a-z0-9_.]+$/i.test(value)) {
        throw new InvalidParameterError(
          field,
          'a Gate.io channel or event name (letters, digits, _ and .)',
          typeof value,
        )
      }
    }
    // spec gateio.md §7: Unix seconds, truncated from the ms timestamp; the message's `time` is the same value.
    const seconds = time(options.timestamp, 'timestamp', 1000) / 1000
    const SIGN = hmac(
      'sha512',
      key,
      `channel=${options.channel}&event=${options.event}&time=${seconds}`,
      'hex',
    )
    return { time: seconds, auth: { method: 'api_key', KEY: apiKey, SIGN } }
  }

  const signer: GateioSigner = {
    type: 'local',
    exchange: 'gateio',
    keyType: 'hmac',
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    signWebSocketAuth,
    signWebSocketChannelAuth,
  }
  return Object.freeze(signer)
}
