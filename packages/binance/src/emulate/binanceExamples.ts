import type { ExchangeExamples } from '@signet/core'

/** Requests the emulator, `signet demo` and the conformance kit use to exercise Binance: an account read, an order placement and its cancellation. */
export const binanceExamples: ExchangeExamples = {
  account: {
    method: 'GET',
    path: '/api/v3/account',
    params: { omitZeroBalances: true },
    security: 'signed',
  },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v3/order',
    form: {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.00100000',
      price: '30000.00',
      newClientOrderId: clientOrderId,
    },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'DELETE',
    path: '/api/v3/order',
    params: { symbol: 'BTCUSDT', origClientOrderId: clientOrderId },
    security: 'signed',
  }),
}
