import type { Emulation } from '@signet/core'
import { emulationFromExamples } from '@signet/core/kit'
import { __name__ } from '../definition'
import { __name__Diagnosis } from '../diagnose/__name__Diagnosis'
import { __name__Verification } from '../verify/__name__Verification'
import { __name__Examples } from './__name__Examples'

/**
 * How the emulator plays __Name__ for `signet emulate`, `signet demo` and the client's tests: server time, the
 * account read, and orders placed, queried and cancelled where `__name__Examples` send them, answered in the
 * verifier's JSON envelope.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [__name__Emulation], keys: { __name__: [{ apiKey, secret }] } })
 */
export const __name__Emulation: Emulation = emulationFromExamples({
  definition: __name__,
  verification: __name__Verification,
  diagnosis: __name__Diagnosis,
  examples: __name__Examples,
  // TODO(new-exchange): the order fields of the place-order request, as the docs name them (symbol, side and its
  // values, quantity, price, the order type where one is sent); the client order id is found in the examples.
  order: { sides: { BUY: 'buy', SELL: 'sell' }, quantity: 'quantity' },
  // TODO(new-exchange): the request that reads one order by its client order id (cite the docs).
  queryOrder: (clientOrderId) => ({
    method: 'GET',
    path: '/TODO/order',
    params: { clientOrderId },
    security: 'signed',
  }),
  symbols: { quotes: ['USDT', 'BTC'] }, // TODO(new-exchange): how symbols are written: { separator: '-' } for BTC-USDT
  answers: {
    balance: () => {
      throw new Error(
        'TODO(new-exchange): one balance as the account request answers it, in src/emulate/__name__Emulation.ts',
      )
    },
    order: () => {
      throw new Error(
        'TODO(new-exchange): an order as place, query and cancel answer it, in src/emulate/__name__Emulation.ts',
      )
    },
  },
  error: (code, message) => ({ code, message }), // TODO(new-exchange): the error answer's JSON (as the verifier's)
  failures: {
    // TODO(new-exchange): the codes __Name__ answers an order with when the balance is short or a field is invalid.
    'insufficient-balance': [400, 'TODO', 'Insufficient balance'],
    'bad-parameter': [400, 'TODO', 'Invalid parameter'],
  },
})
