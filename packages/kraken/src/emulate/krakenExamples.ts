import type { ExchangeExamples } from '@signet/core'

// spec kraken.md §4: AddOrder and CancelOrder take the client order id `cl_ord_id`.
/** Requests the emulator, `signet demo` and the conformance kit use to exercise Kraken: an account read, an order placement and its cancellation. */
export const krakenExamples: ExchangeExamples = {
  account: { method: 'POST', path: '/0/private/Balance', security: 'signed' },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/0/private/AddOrder',
    form: {
      ordertype: 'limit',
      type: 'buy',
      volume: '0.0001',
      pair: 'XBTUSD',
      price: '20000',
      cl_ord_id: clientOrderId,
    },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/0/private/CancelOrder',
    form: { cl_ord_id: clientOrderId },
    security: 'signed',
  }),
}
