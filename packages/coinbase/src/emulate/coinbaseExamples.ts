import type { ExchangeExamples } from '@signet/core'

// spec coinbase.md §5, §8: list accounts (a query the uri claim must leave out), create an order carrying
// client_order_id, and batch_cancel. Advanced Trade cancels by order id only; the example passes the id it is
// given, which the emulator answers with.
/** Requests the emulator, `signet demo` and the conformance kit use to exercise Coinbase Advanced Trade: an account read, an order placement and its cancellation. */
export const coinbaseExamples: ExchangeExamples = {
  account: { method: 'GET', path: '/api/v3/brokerage/accounts', params: { limit: 49 }, security: 'signed' },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v3/brokerage/orders',
    body: {
      client_order_id: clientOrderId,
      product_id: 'BTC-USD',
      side: 'BUY',
      order_configuration: {
        limit_limit_gtc: { base_size: '0.001', limit_price: '20000', post_only: false },
      },
    },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v3/brokerage/orders/batch_cancel',
    body: { order_ids: [clientOrderId] },
    security: 'signed',
  }),
}
