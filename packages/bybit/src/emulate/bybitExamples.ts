import type { ExchangeExamples } from '@signet/core'

/** Requests the emulator, `signet demo` and the conformance kit use to exercise Bybit: an account read, an order placement and its cancellation. */
export const bybitExamples: ExchangeExamples = {
  account: {
    method: 'GET',
    path: '/v5/account/wallet-balance',
    params: { accountType: 'UNIFIED' },
    security: 'signed',
  },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/v5/order/create',
    // spec §10 pitfall 2: quantities and prices as decimal strings.
    body: {
      category: 'linear',
      symbol: 'BTCUSDT',
      side: 'Buy',
      orderType: 'Limit',
      qty: '0.001',
      price: '10000',
      timeInForce: 'GTC',
      orderLinkId: clientOrderId,
    },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/v5/order/cancel',
    body: { category: 'linear', symbol: 'BTCUSDT', orderLinkId: clientOrderId },
    security: 'signed',
  }),
}
