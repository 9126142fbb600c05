import { InvalidParameterError } from '@signet/core'

/** Options of `signer.wsAuth`. */
export type BybitWsAuthOptions = {
  /** Server-aligned now, epoch ms (e.g. `clock.now()`), as for `sign`; read from the signer's `now()` when absent. */
  timestamp?: number | undefined
  /** @deprecated Use `timestamp`: a `now` option is a function everywhere else (core's clock/signer contract). */
  now?: number | undefined
  /**
   * How far after `timestamp` the auth message expires, in ms. Bybit rejects an expiry that is already past or too
   * close to its clock with `Params Error` (spec bybit.md §7, §10 pitfall 6); a long one widens the replay window.
   * @default 5000
   */
  expiresInMs?: number | undefined
  /** Optional `req_id` echoed in Bybit's answer. */
  reqId?: string | undefined
}

/** The private-stream `auth` message: send it as JSON right after the connection opens. */
export type BybitWsAuthMessage = {
  req_id?: string
  op: 'auth'
  /** `[apiKey, expires (epoch ms), signature]`. */
  args: [string, number, string]
}

/** Default lead of the WebSocket auth expiry over now, in ms. */
export const BYBIT_WS_AUTH_EXPIRES_IN_MS = 5000

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

/** Computes the expiry of an auth message from a server-aligned now and a lead. @internal */
export function wsAuthExpires(now: number, expiresInMs: number | undefined): number {
  const lead = expiresInMs ?? BYBIT_WS_AUTH_EXPIRES_IN_MS
  if (!Number.isSafeInteger(lead) || lead <= 0) {
    throw new InvalidParameterError('expiresInMs', 'a positive integer number of ms', String(lead))
  }
  if (!Number.isFinite(now) || now <= 0) {
    throw new InvalidParameterError('now', 'server-aligned epoch ms', String(now))
  }
  return Math.floor(now) + lead
}
