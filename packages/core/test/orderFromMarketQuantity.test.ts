import { describe, expect, it } from 'vitest'
import { orderFrom } from '../src/kit/orderFrom'

// Bybit V5's rule as data: a spot market order's qty is in quote coin for a Buy, base for a Sell, unless marketUnit.
const bybitLike = orderFrom({
  sides: { Buy: 'buy', Sell: 'sell' },
  quantity: 'qty',
  price: 'price',
  marketQuantity: {
    when: { category: 'spot', orderType: 'Market' },
    unit: { field: 'marketUnit', quote: 'quoteCoin' },
  },
})
const order = (fields: Record<string, string>) =>
  bybitLike({ symbol: 'BTCUSDT', category: 'spot', orderType: 'Market', qty: '10', ...fields })
const sized = (d: ReturnType<typeof bybitLike>) =>
  d.kind === 'order' ? { quantity: d.quantity, quoteQuantity: d.quoteQuantity } : d

describe('orderFrom marketQuantity', () => {
  it('behavior: a market buy is sized in quote, a market sell in base', () => {
    expect(sized(order({ side: 'Buy' }))).toEqual({ quantity: undefined, quoteQuantity: '10' })
    expect(sized(order({ side: 'Sell' }))).toEqual({ quantity: '10', quoteQuantity: undefined })
  })

  it('behavior: the unit field, when sent, decides for either side', () => {
    expect(sized(order({ side: 'Buy', marketUnit: 'baseCoin' }))).toEqual({
      quantity: '10',
      quoteQuantity: undefined,
    })
    expect(sized(order({ side: 'Sell', marketUnit: 'quoteCoin' }))).toEqual({
      quantity: undefined,
      quoteQuantity: '10',
    })
  })

  it('behavior: an order that does not match every `when` field is sized in base', () => {
    expect(sized(order({ side: 'Buy', orderType: 'Limit' }))).toEqual({
      quantity: '10',
      quoteQuantity: undefined,
    })
    expect(sized(order({ side: 'Buy', category: 'linear' }))).toEqual({
      quantity: '10',
      quoteQuantity: undefined,
    })
  })

  it('behavior: without `unit`, the side alone decides (Gate.io: a market buy amount is quote)', () => {
    const gateLike = orderFrom({ quantity: 'amount', marketQuantity: { when: { type: 'market' } } })
    const d = gateLike({ symbol: 'BTC_USDT', side: 'buy', type: 'market', amount: '5', unit: 'base' })
    expect(d).toMatchObject({ kind: 'order', quantity: undefined, quoteQuantity: '5' })
  })
})
