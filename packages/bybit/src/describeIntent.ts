import { describeWithRules, orderFrom } from '@signet/core/kit'

/**
 * What a Bybit V5 intent does, for a signing policy. Fields come from the JSON body only. A spot market order's
 * `qty` is in quote coin for a Buy and base coin for a Sell unless `marketUnit` says otherwise (Bybit V5 "Place
 * Order", `marketUnit`).
 *
 * @example
 * describeBybitIntent({ method: 'POST', path: '/v5/order/create', body: { category: 'spot', symbol: 'BTCUSDT', side: 'Buy', orderType: 'Limit', qty: '0.01', price: '50000' }, security: 'signed' })
 */
export const describeBybitIntent = describeWithRules({
  place: 'json',
  orders: {
    'POST /v5/order/create': orderFrom({
      sides: { Buy: 'buy', Sell: 'sell' },
      quantity: 'qty',
      price: 'price',
      marketQuantity: {
        when: { category: 'spot', orderType: 'Market' },
        unit: { field: 'marketUnit', quote: 'quoteCoin' },
      },
    }),
  },
  cancels: { 'POST /v5/order/cancel': 'symbol', 'POST /v5/order/cancel-all': 'symbol' },
  // Bybit V5 docs: Asset (withdraw, transfer), User (sub-members, API keys). Key management first: its paths
  // share a prefix with the sub-member ones.
  sensitive: [
    ['/v5/asset/withdraw', 'withdraw'],
    ['/v5/asset/transfer', 'transfer'],
    ['/v5/user/create-sub-api', 'key-management'],
    ['/v5/user/update-api', 'key-management'],
    ['/v5/user/update-sub-api', 'key-management'],
    ['/v5/user/delete-api', 'key-management'],
    ['/v5/user/delete-sub-api', 'key-management'],
    ['/v5/user/create-sub-member', 'sub-account'],
    ['/v5/user/frozen-sub-member', 'sub-account'],
  ],
  batches: ['POST /v5/order/create-batch', 'POST /v5/order/amend-batch'],
})
