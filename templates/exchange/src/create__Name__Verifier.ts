import type { Verifier, VerifierOptions } from '@signet/core'
import { hmacKeyRing, jsonVerifier } from '@signet/core/kit'
import { __name__Errors } from './errors'

/**
 * Creates a verifier that checks requests the way __Name__'s server does and answers with its error codes.
 *
 * @example
 * const verifier = create__Name__Verifier({ keys: [{ apiKey, secret }], now: () => Date.now() })
 */
export function create__Name__Verifier(options: VerifierOptions): Verifier {
  const keys = hmacKeyRing(options)
  // TODO(new-exchange): __Name__'s JSON shapes (cite the docs): an error answer, the server-time answer, a success,
  // and the answers to the emulator's generic errors. `reject(code, kind)` then answers with a row of the table.
  // jsonVerifier answers a path it does not serve with generic['not-found'] and accepts unsigned requests.
  return jsonVerifier(options, {
    exchange: '__name__',
    errors: __name__Errors,
    error: (code, message) => ({ code, message }),
    serverTime: (serverTime) => ({ serverTime }),
    ok: (data) => ({ data }),
    generic: {
      'not-found': [404, 'TODO', 'Not Found'],
      'duplicate-order': [400, 'TODO', 'Duplicate client order id'],
      'order-not-found': [400, 'TODO', 'Order does not exist'],
      internal: [500, 'TODO', 'Internal error'],
    },
    check: (_received, reject, _request) => {
      // TODO(new-exchange): what the exchange's server does with a signed request, in its order: missing headers
      // (`received.headers`, lower-case names), the timestamp window against options.now(), the key (`keys.get`),
      // passphrase, the signature over exactly the received bytes (`safeEqual`), the trade permission
      // (`canTrade`) for orders; `received.accept(apiKey)` when all pass.
      void [keys, reject]
      throw new Error('TODO(new-exchange): implement check() in src/create__Name__Verifier.ts')
    },
  })
}
