import { describeWithRules, orderFrom } from '@signet/core/kit'

// Binance "New order": side BUY/SELL; quoteOrderQty sizes a market order in quote.
const spotOrder = orderFrom({
  sides: { BUY: 'buy', SELL: 'sell' },
  quantity: 'quantity',
  price: 'price',
  quoteQuantity: 'quoteOrderQty',
})

/**
 * What a Binance intent does, for a signing policy. Binance reads signed parameters from the query and from a form
 * body, preferring the query when a name is in both (docs/spec/binance.md §2), so a name in both is refused.
 *
 * @example
 * describeBinanceIntent({ method: 'POST', path: '/api/v3/order', params: { symbol: 'BTCUSDT', side: 'BUY', quantity: '0.01' }, security: 'signed' })
 */
export const describeBinanceIntent = describeWithRules({
  place: 'query-or-form',
  orders: {
    'POST /api/v3/order': spotOrder,
    'POST /api/v3/order/test': spotOrder,
    'POST /fapi/v1/order': spotOrder,
  },
  cancels: {
    'DELETE /api/v3/order': 'symbol',
    'DELETE /api/v3/openOrders': 'symbol',
    'DELETE /fapi/v1/order': 'symbol',
    'DELETE /fapi/v1/allOpenOrders': 'symbol',
  },
  // Binance API docs: Wallet (capital/withdraw, asset/transfer), Sub-Account, Account API restrictions.
  sensitive: [
    ['/sapi/v1/capital/withdraw', 'withdraw'],
    ['/sapi/v1/localentity/withdraw', 'withdraw'],
    ['/sapi/v1/asset/transfer', 'transfer'],
    ['/sapi/v1/futures/transfer', 'transfer'],
    ['/sapi/v1/margin/transfer', 'transfer'],
    ['/sapi/v1/sub-account', 'sub-account'],
    ['/sapi/v2/sub-account', 'sub-account'],
    ['/sapi/v3/sub-account', 'sub-account'],
    ['/sapi/v1/account/apiRestrictions', 'key-management'],
  ],
  batches: [
    'POST /api/v3/orderList/oco',
    'POST /api/v3/orderList/oto',
    'POST /api/v3/orderList/otoco',
    'POST /api/v3/order/cancelReplace',
    'POST /fapi/v1/batchOrders',
  ],
})
