import type { ExchangeExamples } from '@signet/core'

/** Requests the emulator, `signet demo` and the conformance kit use to exercise Gate.io: an account read, an order placement and its cancellation. */
export const gateioExamples: ExchangeExamples = {
  account: {
    method: 'GET',
    path: '/api/v4/spot/accounts',
    params: { currency: 'USDT' },
    security: 'signed',
  },
  // Gate requires custom order ids (`text`) to start with "t-".
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v4/spot/orders',
    body: {
      text: clientOrderId,
      currency_pair: 'BTC_USDT',
      type: 'limit',
      account: 'spot',
      side: 'buy',
      amount: '0.0001',
      price: '20000',
      time_in_force: 'gtc',
    },
    security: 'signed',
  }),
  // DELETE /api/v4/spot/orders/{order_id} takes the order id or the custom `text` id.
  cancelOrder: (clientOrderId) => ({
    method: 'DELETE',
    path: `/api/v4/spot/orders/${clientOrderId}`,
    params: { currency_pair: 'BTC_USDT' },
    security: 'signed',
  }),
  clientOrderIdParam: 'text',
}
