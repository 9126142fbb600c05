import { InvalidParameterError, type WebSocketAuthOptions } from '@signet/core'

/**
 * Options of `signer.signWebSocketAuth`: `windowMs` is how long after `timestamp` the login stays valid, written as
 * `expires` = timestamp + windowMs. Bybit rejects an expiry that is already past or too close to its clock with
 * `Params Error` (spec bybit.md §7, §10 pitfall 6); a long one widens the replay window. @default windowMs 5000
 */
export type BybitWebSocketAuthOptions = WebSocketAuthOptions & {
  /** Optional `req_id` echoed in Bybit's answer. */
  reqId?: string | undefined
}

/** The private-stream `auth` message: send it as JSON right after the connection opens. */
export type BybitWebSocketAuth = {
  req_id?: string
  op: 'auth'
  /** `[apiKey, expires (epoch ms), signature]`. */
  args: [string, number, string]
}

/** Default validity of the WebSocket auth after its timestamp (`expires` − timestamp), in ms. */
export const BYBIT_WEBSOCKET_AUTH_WINDOW_MS = 5000

/**
 * The text a Bybit WebSocket `auth` signature covers: `GET/realtime` + expires (spec bybit.md §7, [WS]).
 *
 * @example
 * bybitWsAuthText(1662350400000) // 'GET/realtime1662350400000'
 */
export function bybitWsAuthText(expires: number): string {
  if (!Number.isSafeInteger(expires) || expires <= 0) {
    throw new InvalidParameterError('expires', 'a positive integer epoch ms', String(expires))
  }
  return `GET/realtime${expires}`
}

/** Computes `expires` of an auth message: its timestamp plus the window. @internal */
export function wsAuthExpires(timestamp: number, windowMs: number | undefined): number {
  const lead = windowMs ?? BYBIT_WEBSOCKET_AUTH_WINDOW_MS
  if (!Number.isSafeInteger(lead) || lead <= 0) {
    throw new InvalidParameterError('windowMs', 'a positive integer number of ms', String(lead))
  }
  return Math.floor(timestamp) + lead
}
