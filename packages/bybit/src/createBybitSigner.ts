import {
  type Credentials,
  InvalidParameterError,
  type LocalSigner,
  type SignedRequest,
  type SignOptions,
  signingTime,
} from '@signet/core'
import { asyncSign, checkSignOptions, describeReceived } from '@signet/core/kit'
import { buildPayload } from './_buildPayload'
import { checkRecvWindow } from './_checkOptions'
import { prepareKey } from './_prepareKey'
import {
  type BybitWebSocketAuth,
  type BybitWebSocketAuthOptions,
  bybitWsAuthText,
  wsAuthExpires,
} from './wsAuth'

/**
 * Sign options of a Bybit signer: `windowMs` is written as `X-BAPI-RECV-WINDOW` and signed with the same value
 * (spec bybit.md §2, §4). @default windowMs 5000
 */
export type BybitSignOptions = SignOptions

/** Credentials of `createBybitSigner`: `secret` (HMAC) or `privateKey` (RSA, with `privateKeyPassphrase` if encrypted). */
export type CreateBybitSignerParameters = Credentials & {
  /** Server-aligned clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** A Bybit signer: the core `Signer` plus the WebSocket private-stream auth message. */
export type BybitSigner = LocalSigner<BybitSignOptions, 'bybit', BybitWebSocketAuth> & {
  readonly keyType: 'hmac' | 'rsa'
  /** Synchronous `sign`: local keys need no I/O. */
  /** Builds the signed `auth` message for `wss://stream.bybit.com/v5/private` (spec bybit.md §7). */
  signWebSocketAuth(options?: BybitWebSocketAuthOptions): Promise<BybitWebSocketAuth>
}

/**
 * Creates a Bybit V5 signer: HMAC-SHA256 lowercase hex for a system-generated key (`secret`), RSA-SHA256
 * PKCS#1 v1.5 base64 for a self-generated key (`privateKey`); the key is prepared once.
 *
 * @example
 * const signer = createBybitSigner({ apiKey, secret })
 * const request = await signer.sign(
 *   { method: 'GET', path: '/v5/order/realtime', params: { category: 'linear' }, security: 'signed' },
 *   { timestamp: clock.now(), windowMs: 5000 },
 * )
 * ws.send(JSON.stringify(await signer.signWebSocketAuth()))
 */
export function createBybitSigner(parameters: CreateBybitSignerParameters): BybitSigner {
  const key = prepareKey(parameters)
  const now = parameters.now ?? Date.now
  // Core's clock/signer contract: `now` is a function (e.g. clock.now); the per-call timestamp wins.
  const time = signingTime(now)
  const { apiKey } = key

  const signSync: BybitSigner['signSync'] = (intent, given) => {
    const options = checkSignOptions(given)
    const payload = buildPayload(intent)
    const url = payload.query === '' ? payload.path : `${payload.path}?${payload.query}`
    const headers: Record<string, string> = {}
    const security = intent.security
    if (security !== 'none' && security !== 'api-key' && security !== 'signed') {
      throw new InvalidParameterError('security', "'none', 'api-key' or 'signed'", describeReceived(security))
    }
    if (security === 'api-key') headers['X-BAPI-API-KEY'] = apiKey
    if (security === 'signed') {
      const timestamp = String(time(options.timestamp))
      const recvWindow = String(resolveRecvWindow(options))
      // spec §2: timestamp + apiKey + recvWindow + (query string | JSON body), no separators; the header
      // carries the same recvWindow value as the signed text.
      const signature = key.sign(`${timestamp}${apiKey}${recvWindow}${payload.signedPayload}`)
      headers['X-BAPI-API-KEY'] = apiKey
      headers['X-BAPI-TIMESTAMP'] = timestamp
      headers['X-BAPI-SIGN'] = signature
      headers['X-BAPI-RECV-WINDOW'] = recvWindow
    }
    if (payload.body !== undefined) headers['Content-Type'] = 'application/json'
    const signed: SignedRequest = { method: payload.method, url, headers }
    if (payload.body !== undefined) signed.body = payload.body
    return signed
  }

  const signWebSocketAuth = async (given?: BybitWebSocketAuthOptions): Promise<BybitWebSocketAuth> => {
    const options = checkSignOptions(given as SignOptions) as BybitWebSocketAuthOptions
    for (const old of ['now', 'expiresInMs'] as const) {
      if ((options as Record<string, unknown>)[old] !== undefined) {
        throw new InvalidParameterError(
          old,
          old === 'now' ? 'timestamp (epoch ms)' : 'windowMs',
          `a ${old} option`,
          {
            exchange: 'bybit',
            hint: 'Nothing was sent: pass { timestamp, windowMs }; expires = timestamp + windowMs.',
          },
        )
      }
    }
    // spec bybit.md §7: expires = timestamp + windowMs, the one meaning of windowMs.
    const expires = wsAuthExpires(time(options.timestamp), options.windowMs)
    const signature = key.sign(bybitWsAuthText(expires))
    const message: BybitWebSocketAuth = { op: 'auth', args: [apiKey, expires, signature] }
    // [WS]: `req_id` comes first in the documented message.
    return options.reqId === undefined ? message : { req_id: options.reqId, ...message }
  }

  const signer: BybitSigner = {
    type: 'local',
    exchange: 'bybit',
    keyType: key.keyType,
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    signWebSocketAuth,
  }
  return Object.freeze(signer)
}

function resolveRecvWindow(options: BybitSignOptions): number {
  if ((options as { recvWindow?: unknown }).recvWindow !== undefined) {
    throw new InvalidParameterError(
      'recvWindow',
      'the windowMs option (recvWindow is its wire name)',
      'a recvWindow option',
      {
        exchange: 'bybit',
        hint: 'Nothing was sent: pass { windowMs } instead of { recvWindow }; the signer writes it as X-BAPI-RECV-WINDOW.',
      },
    )
  }
  return checkRecvWindow(options.windowMs, 'windowMs')
}
