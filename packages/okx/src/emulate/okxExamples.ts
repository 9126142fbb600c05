import type { ExchangeExamples } from '@signet/core'

/** Requests the emulator, `signet demo` and the conformance kit use to exercise OKX: an account read, an order placement and its cancellation. */
export const okxExamples: ExchangeExamples = {
  account: { method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'USDT' }, security: 'signed' },
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v5/trade/order',
    body: {
      instId: 'BTC-USDT',
      tdMode: 'cash',
      clOrdId: clientOrderId,
      side: 'buy',
      ordType: 'limit',
      px: '20000',
      sz: '0.001',
    },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v5/trade/cancel-order',
    body: { instId: 'BTC-USDT', clOrdId: clientOrderId },
    security: 'signed',
  }),
}
