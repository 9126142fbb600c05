import type { ExchangeExamples } from '@signet/core'

// spec gateio.md "Emulated endpoints": a custom order id (`text`) starts with `t-`; the examples add it when missing.
const text = (clientOrderId: string) =>
  clientOrderId.startsWith('t-') ? clientOrderId : `t-${clientOrderId}`

/** Requests the emulator, `signet demo` and the conformance kit use to exercise Gate.io: an account read, an order placement and its cancellation. */
export const gateioExamples: ExchangeExamples = {
  account: {
    method: 'GET',
    path: '/api/v4/spot/accounts',
    params: { currency: 'USDT' },
    security: 'signed',
  },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v4/spot/orders',
    body: {
      text: text(clientOrderId),
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
    path: `/api/v4/spot/orders/${text(clientOrderId)}`,
    params: { currency_pair: 'BTC_USDT' },
    security: 'signed',
  }),
}
