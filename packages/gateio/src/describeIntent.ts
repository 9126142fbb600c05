import { describeWithRules, orderFrom } from '@signet/core/kit'

/**
 * What a Gate.io spot intent does, for a signing policy. POST fields come from the JSON body, DELETE fields from
 * the query; a market buy's `amount` is in quote currency (Gate.io API v4 "Create an order", `amount`).
 *
 * @example
 * describeGateioIntent({ method: 'POST', path: '/api/v4/spot/orders', body: { currency_pair: 'BTC_USDT', side: 'buy', type: 'limit', amount: '0.01', price: '50000' }, security: 'signed' })
 */
export const describeGateioIntent = describeWithRules({
  place: 'json',
  orders: {
    'POST /api/v4/spot/orders': orderFrom({
      symbol: 'currency_pair',
      quantity: 'amount',
      price: 'price',
      marketQuantity: { when: { type: 'market' } },
    }),
  },
  cancels: {
    'DELETE /api/v4/spot/orders': 'currency_pair',
    'DELETE /api/v4/spot/orders/*': 'currency_pair',
    'POST /api/v4/spot/cancel_batch_orders': undefined,
  },
  // Gate.io API v4 docs: Withdrawal, Wallet (transfers), Sub-account (its API keys live under it too).
  sensitive: [
    ['/api/v4/withdrawals', 'withdraw'],
    ['/api/v4/wallet/transfers', 'transfer'],
    ['/api/v4/wallet/sub_account_transfers', 'transfer'],
    ['/api/v4/sub_accounts', 'sub-account'],
  ],
  batches: ['POST /api/v4/spot/batch_orders'],
})
