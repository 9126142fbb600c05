import { describeWithRules, orderFrom } from '@signet/core/kit'

// KuCoin "Add Order": symbol, side buy/sell, size, price, and funds for a quote-sized market order.
const order = orderFrom({ quantity: 'size', price: 'price', quoteQuantity: 'funds' })

/**
 * What a KuCoin spot intent does, for a signing policy. POST fields come from the JSON body, DELETE fields from
 * the query; a market order sized in quote uses `funds` (KuCoin "Add Order").
 *
 * @example
 * describeKucoinIntent({ method: 'POST', path: '/api/v1/orders', body: { clientOid: 'a1', side: 'buy', symbol: 'BTC-USDT', type: 'limit', size: '0.01', price: '50000' }, security: 'signed' })
 */
export const describeKucoinIntent = describeWithRules({
  place: 'json',
  orders: {
    'POST /api/v1/orders': order,
    'POST /api/v1/hf/orders': order,
    'POST /api/v1/orders/test': order,
  },
  cancels: {
    'DELETE /api/v1/orders': 'symbol',
    'DELETE /api/v1/orders/*': undefined,
    'DELETE /api/v1/order/client-order/*': undefined,
    'DELETE /api/v1/hf/orders/*': 'symbol',
  },
  // KuCoin docs: Withdrawals, Transfer, Sub-Account (API keys first: the sub-account prefix is shorter).
  sensitive: [
    ['/api/v1/withdrawals', 'withdraw'],
    ['/api/v3/withdrawals', 'withdraw'],
    ['/api/v2/accounts/inner-transfer', 'transfer'],
    ['/api/v2/accounts/sub-transfer', 'transfer'],
    ['/api/v3/accounts/universal-transfer', 'transfer'],
    ['/api/v1/sub/api-key', 'key-management'],
    ['/api/v1/sub/user', 'sub-account'],
    ['/api/v2/sub/user', 'sub-account'],
  ],
  batches: ['POST /api/v1/orders/multi', 'POST /api/v1/hf/orders/multi'],
})
