import type { ExchangeExamples } from '@signet/core'

/**
 * Requests the conformance kit, the emulator and `signet demo` use to exercise __Name__: an account read, an order
 * placement and its cancellation.
 */
export const __name__Examples: ExchangeExamples = {
  // TODO(new-exchange): a real read-only request, an order placement carrying the client order id, and its
  // cancellation (cite the docs).
  account: { method: 'GET', path: '/TODO/account', security: 'signed' },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/TODO/order',
    body: { clientOrderId, symbol: 'BTCUSDT', side: 'BUY', quantity: '0.001', price: '20000' },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'DELETE',
    path: '/TODO/order',
    params: { clientOrderId },
    security: 'signed',
  }),
}
