import type { RawRequest, SecurityLevel, Verifier, VerifierOptions, VerifyResult } from '@signet/core'
import { hmacKeyRing, jsonAnswers } from '@signet/core/kit'
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
  const { reject, respond } = jsonAnswers({
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
  })
  const verify = (_request: RawRequest, _security: SecurityLevel = 'signed'): VerifyResult => {
    // TODO(new-exchange): what the exchange's server does, in its order: `receiveRequest(request, options.paths)`
    // (parts, params, `served` or not found, `accept(apiKey)`), missing headers, the timestamp window against options.now(), the key (`keys.get`), passphrase, the
    // signature over exactly the received bytes (`safeEqual`), the trade permission (`canTrade`) for orders.
    void [keys, reject]
    throw new Error('TODO(new-exchange): implement verify() in src/create__Name__Verifier.ts')
  }
  const verifier: Verifier = { exchange: '__name__', verify, respond }
  return Object.freeze(verifier)
}
