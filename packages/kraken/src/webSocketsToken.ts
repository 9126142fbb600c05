import { ExchangeError, type RequestIntent } from '@signet/core'

/** A token for Kraken's private WebSocket channels. */
export type KrakenWebSocketsToken = {
  token: string
  /** How long the token may be used to open a connection, in ms (15 minutes). */
  expiresInMs: number
}

/**
 * Kraken's WebSocket token: the signed request to send (`POST /0/private/GetWebSocketsToken`) and a reader for its
 * answer; the token authenticates private WebSocket v2 channels on ws-auth.kraken.com (spec kraken.md §8).
 *
 * @example
 * const { token } = krakenWebSocketsToken.parse(await client.request(krakenWebSocketsToken.intent))
 */
export const krakenWebSocketsToken: {
  readonly intent: RequestIntent
  parse(body: unknown): KrakenWebSocketsToken
} = Object.freeze({
  intent: Object.freeze({
    method: 'POST',
    path: '/0/private/GetWebSocketsToken',
    security: 'signed',
  }) as RequestIntent,
  parse(body: unknown): KrakenWebSocketsToken {
    // The client returns Kraken's whole answer; `result` holds { token, expires } (expires in seconds).
    const envelope = body as { result?: { token?: unknown; expires?: unknown } } | undefined
    const result = envelope?.result ?? (body as { token?: unknown; expires?: unknown } | undefined)
    const token = result?.token
    const expires = result?.expires
    if (typeof token !== 'string' || token === '' || typeof expires !== 'number' || !(expires > 0)) {
      throw new ExchangeError('The GetWebSocketsToken answer carries no token.', {
        exchange: 'kraken',
        request: 'POST /0/private/GetWebSocketsToken',
        hint: 'The key needs the "Access WebSockets API" permission; check the answer\'s error[].',
      })
    }
    return { token, expiresInMs: expires * 1000 }
  },
})
