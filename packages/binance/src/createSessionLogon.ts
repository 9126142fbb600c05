import { CredentialFormatError, describeType, InvalidParameterError } from '@signet/core'
import { keyOf } from './_keys'
import { type BinanceTimeUnit, signingNow } from './_timing'
import { signWsParams } from './_wsPayload'
import type { BinanceSigner } from './createBinanceSigner'

/** Options of `createSessionLogon`. */
export type CreateSessionLogonOptions = {
  /** The request id Binance echoes in its answer. */
  id: string | number
  /** Request timestamp, epoch ms. @default Date.now() */
  timestamp?: number | undefined
  /** `recvWindow` in ms (≤ 60000, up to 3 decimals); omitted when not given. */
  recvWindow?: number | undefined
  /** Unit of the `timestamp`. @default 'ms' */
  timeUnit?: BinanceTimeUnit | undefined
  /** Clock used when `timestamp` is not given, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** The `session.logon` request, ready for `JSON.stringify`. */
export type SessionLogonRequest = {
  id: string | number
  method: 'session.logon'
  params: { apiKey: string; signature: string; timestamp: number; recvWindow?: number }
}

/**
 * Builds the WebSocket API `session.logon` request (spec binance.md §7). Binance accepts only Ed25519 keys for
 * session authentication, so any other key type is a `CredentialFormatError` here instead of a -1022 later.
 *
 * @example
 * ws.send(JSON.stringify(createSessionLogon(signer, { id: 'logon-1', timestamp: clock.now() })))
 */
export function createSessionLogon(
  signer: BinanceSigner,
  options: CreateSessionLogonOptions,
): SessionLogonRequest {
  const key = keyOf(signer)
  const id = options?.id
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new InvalidParameterError('id', 'a string or number request id', describeType(id))
  }
  if (key.type !== 'ed25519') {
    throw new CredentialFormatError(
      key.type === 'hmac' ? 'secret' : 'privateKey',
      `is ${key.type === 'hmac' ? 'an HMAC' : 'an RSA'} key; Binance session.logon accepts only Ed25519 keys`,
      {
        exchange: 'binance',
        hint: 'Create an Ed25519 API key for WebSocket sessions, or sign each WebSocket request with signWebSocketParams.',
      },
    )
  }
  // Core's clock/signer contract: `now` is a function; the per-call timestamp wins.
  const params = signWsParams(key, signer.apiKey, undefined, options, signingNow(options.now))
  return { id, method: 'session.logon', params: params as SessionLogonRequest['params'] }
}
