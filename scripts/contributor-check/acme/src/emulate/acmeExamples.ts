import type { ExchangeExamples } from '@signet/core'

/**
 * Requests the conformance kit, the emulator and `signet demo` use to exercise Acme: an account read, an order
 * placement and its cancellation.
 */
export const acmeExamples: ExchangeExamples = {
  account: { method: 'GET', path: '/api/v1/account', params: { type: 'spot' }, security: 'signed' },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v1/order',
    body: { clientOid: clientOrderId, symbol: 'BTC-USDT', side: 'buy', price: '20000', size: '0.001' },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v1/cancel-order',
    body: { clientOid: clientOrderId },
    security: 'signed',
  }),
}
