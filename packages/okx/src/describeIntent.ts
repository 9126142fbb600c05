import { describeWithRules, orderFrom } from '@signet/core/kit'

/**
 * What an OKX V5 intent does, for a signing policy. Fields come from the JSON body only. A spot (`cash`) market
 * order's `sz` is in quote currency for a buy and base for a sell unless `tgtCcy` says otherwise (OKX V5 "Place
 * order", `tgtCcy`).
 *
 * @example
 * describeOkxIntent({ method: 'POST', path: '/api/v5/trade/order', body: { instId: 'BTC-USDT', tdMode: 'cash', side: 'buy', ordType: 'limit', sz: '0.01', px: '50000' }, security: 'signed' })
 */
export const describeOkxIntent = describeWithRules({
  place: 'json',
  orders: {
    'POST /api/v5/trade/order': orderFrom({
      symbol: 'instId',
      quantity: 'sz',
      price: 'px',
      marketQuantity: {
        when: { ordType: 'market', tdMode: 'cash' },
        unit: { field: 'tgtCcy', quote: 'quote_ccy' },
      },
    }),
  },
  cancels: {
    'POST /api/v5/trade/cancel-order': 'instId',
    'POST /api/v5/trade/cancel-batch-orders': undefined,
  },
  // OKX V5 docs: Funding account (withdrawal, transfer), Sub-account (API keys first: same prefix).
  sensitive: [
    ['/api/v5/asset/withdrawal', 'withdraw'],
    ['/api/v5/asset/transfer', 'transfer'],
    ['/api/v5/asset/subaccount/transfer', 'transfer'],
    ['/api/v5/users/subaccount/apikey', 'key-management'],
    ['/api/v5/users/subaccount/modify-apikey', 'key-management'],
    ['/api/v5/users/subaccount/delete-apikey', 'key-management'],
    ['/api/v5/users/subaccount', 'sub-account'],
  ],
  batches: ['POST /api/v5/trade/batch-orders', 'POST /api/v5/trade/amend-batch-orders'],
})
