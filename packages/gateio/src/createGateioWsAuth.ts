import {
  CredentialFormatError,
  InvalidParameterError,
  isPlausibleEpochMs,
  parseHmacSecret,
  revealSecret,
  type Secret,
} from '@signet/core'
import { createHmacKey, hmac } from '@signet/core/kit'

/** The `auth` object of a Gate.io WebSocket v4 private-channel request. */
export type GateioWsChannelAuth = { method: 'api_key'; KEY: string; SIGN: string }

/** Gate.io WebSocket authentication, with the key prepared once. */
export type GateioWsAuth = {
  /** `auth` for a private channel event (`subscribe`, `unsubscribe`) at `time`, Unix seconds. */
  channelAuth(channel: string, event: string, time: number): GateioWsChannelAuth
  /** Signature of a WebSocket API request (`spot.login`, `futures.login`, orders) at `time`, Unix seconds. */
  apiSignature(channel: string, requestParam: string, time: number): string
}

/**
 * @deprecated Use the signer's `signWebSocketAuth` (the WebSocket API login) and `signWebSocketChannelAuth` (a
 * private channel message): one key holder, one clock, times in ms.
 *
 * Creates Gate.io WebSocket v4 signers: channel auth signs `channel=<ch>&event=<ev>&time=<s>` and WebSocket API
 * requests sign `api\n<channel>\n<req_param>\n<s>`, both HMAC-SHA512 in hex.
 *
 * @example
 * const ws = createGateioWsAuth({ apiKey, secret })
 * socket.send(JSON.stringify({ time, channel: 'spot.orders', event: 'subscribe', payload: ['BTC_USDT'], auth: ws.channelAuth('spot.orders', 'subscribe', time) }))
 */
export function createGateioWsAuth(credentials: {
  apiKey: string | Secret
  secret: string | Secret
}): GateioWsAuth {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new CredentialFormatError('credentials', 'expected an object with apiKey and secret', {
      exchange: 'gateio',
    })
  }
  // Revealed once: the KEY field must carry the key itself, also when it was given as a Secret.
  const apiKey = revealSecret(parseHmacSecret(credentials.apiKey, { field: 'apiKey', exchange: 'gateio' }))
  const key = createHmacKey(parseHmacSecret(credentials.secret, { exchange: 'gateio' }))
  const seconds = (time: number) => {
    // Plausible Unix seconds only (core's PLAUSIBLE_EPOCH_MS, in seconds): 0 or milliseconds are refused.
    if (!Number.isSafeInteger(time) || !isPlausibleEpochMs(time * 1000)) {
      throw new InvalidParameterError('time', 'Unix seconds (10 digits, not milliseconds)', String(time))
    }
    return time
  }
  return Object.freeze({
    // spec gateio.md §7: channel auth signs `channel=<ch>&event=<ev>&time=<s>`.
    channelAuth: (channel: string, event: string, time: number) => ({
      method: 'api_key' as const,
      KEY: apiKey,
      SIGN: hmac('sha512', key, `channel=${channel}&event=${event}&time=${seconds(time)}`, 'hex'),
    }),
    // spec gateio.md §7: WS-API requests sign `api\n<channel>\n<req_param>\n<time>`.
    apiSignature: (channel: string, requestParam: string, time: number) =>
      hmac('sha512', key, `api\n${channel}\n${requestParam}\n${seconds(time)}`, 'hex'),
  })
}
