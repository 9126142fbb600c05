import type { Verifier, VerifierOptions } from '@signet/core'
import { hmacKeyRing, jsonVerifier, type VerifierRefusals } from '@signet/core/kit'
import { __name__Errors } from './errors'

/** The codes __Name__ refuses a signed request with (docs/spec/__name__.md). */
export const __name__Refusals = {
  // TODO(new-exchange): the auth headers every signed request carries (a request missing one is refused with
  // `missingHeader` before check() runs) and the exchange's code for each refusal, each cited. test/verifier.test.ts
  // checks that each situation gets its code.
  headers: [],
  missingHeader: 'TODO',
  expired: 'TODO',
  unknownKey: 'TODO',
  badSignature: 'TODO',
  readOnly: 'TODO',
  notFound: 'TODO',
} as const satisfies VerifierRefusals
const R = __name__Refusals

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
      'not-found': [404, R.notFound, 'Not Found'],
      'duplicate-order': [400, 'TODO', 'Duplicate client order id'],
      'order-not-found': [400, 'TODO', 'Order does not exist'],
      internal: [500, 'TODO', 'Internal error'],
    },
    refusals: R,
    check: (_received, reject, _request) => {
      // TODO(new-exchange): what the exchange's server does with a signed request that has every auth header, in its
      // order, refusing with the codes of R (`reject(R.expired, 'timestamp')`): the timestamp window against
      // options.now() (`received.headers` has lower-case names), the key (`keys.get`), passphrase, the signature
      // over exactly the received bytes (`safeEqual`), the trade permission (`canTrade`) for orders;
      // `received.accept(apiKey)` when all pass.
      void [keys, reject]
      throw new Error('TODO(new-exchange): implement check() in src/create__Name__Verifier.ts')
    },
  })
}
