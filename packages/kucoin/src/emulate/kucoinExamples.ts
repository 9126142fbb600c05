import type { ExchangeExamples } from '@signet/core'

/** Requests the emulator, `signet demo` and the conformance kit use to exercise KuCoin: an account read, an order placement and its cancellation. */
export const kucoinExamples: ExchangeExamples = {
  account: { method: 'GET', path: '/api/v1/accounts', params: { type: 'trade' }, security: 'signed' },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v1/orders',
    body: {
      clientOid: clientOrderId,
      side: 'buy',
      symbol: 'BTC-USDT',
      type: 'limit',
      price: '20000',
      size: '0.0001',
    },
    security: 'signed',
  }),
  // KuCoin cancels by client id in the path: DELETE /api/v1/order/client-order/{clientOid}.
  cancelOrder: (clientOrderId) => ({
    method: 'DELETE',
    path: `/api/v1/order/client-order/${clientOrderId}`,
    security: 'signed',
  }),
}
