import type { ExchangeExamples } from '@signet/core'
import { cloidOf } from '../cloidOf'

/** Requests the emulator, `signet demo` and the conformance kit use to exercise Hyperliquid: an account read, an order placement and its cancellation. */
export const hyperliquidExamples: ExchangeExamples = {
  // Hyperliquid has no signed reads; `noop` is the one signed action that changes nothing but marks its nonce used,
  // so it proves the key and the clock (spec hyperliquid.md §1). Reads: POST /info naming the account.
  account: { method: 'POST', path: '/exchange', body: { action: { type: 'noop' } }, security: 'signed' },
  // BTC perpetual (asset 0): a resting Gtc buy far below the market, with the client order id as a cloid.
  placeOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/exchange',
    body: {
      action: {
        type: 'order',
        orders: [
          {
            a: 0,
            b: true,
            p: '20000',
            s: '0.001',
            r: false,
            t: { limit: { tif: 'Gtc' } },
            c: cloidOf(clientOrderId),
          },
        ],
        grouping: 'na',
      },
    },
    security: 'signed',
  }),
  cancelOrder: (clientOrderId) => ({
    method: 'POST',
    path: '/exchange',
    body: { action: { type: 'cancelByCloid', cancels: [{ asset: 0, cloid: cloidOf(clientOrderId) }] } },
    security: 'signed',
  }),
}
