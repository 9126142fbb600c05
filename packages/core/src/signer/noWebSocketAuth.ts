import { UnsupportedError } from '../errors/unsupported'

/**
 * The `signWebSocketAuth` of a signer whose exchange has no login signed by the key (a REST token, or no private
 * WebSocket login at all): it rejects with `UnsupportedError` saying what to do instead.
 *
 * @example
 * signWebSocketAuth: noWebSocketAuth('kraken', 'Kraken private channels take a token from GetWebSocketsToken', 'Send krakenWebSocketsToken.intent with the client.')
 */
export function noWebSocketAuth(
  exchange: string,
  reason: string,
  hint: string,
): (options?: unknown) => Promise<never> {
  return async () => {
    throw new UnsupportedError('signWebSocketAuth', reason, { exchange, hint })
  }
}
