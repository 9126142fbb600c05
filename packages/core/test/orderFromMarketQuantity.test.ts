import { describe, expect, it } from 'vitest'
import { orderFrom } from '../src/kit/orderFrom'

// A made-up exchange with Bybit's kind of rule: a spot market order's size is in quote for a buy, base for a
// sell, unless `sizeIn` says which.
const describe_ = orderFrom({
  sides: { B: 'buy', S: 'sell' },
  quantity: 'size',
  marketQuantity: { when: { market: 'spot', kind: 'MKT' }, unit: { field: 'sizeIn', quote: 'QUOTE' } },
})
const order = (fields: Record<string, string>) =>
  describe_({ symbol: 'BTC/USD', market: 'spot', kind: 'MKT', size: '10', ...fields })
const sized = (d: ReturnType<typeof describe_>) =>
  d.kind === 'order' ? { quantity: d.quantity, quoteQuantity: d.quoteQuantity } : d

describe('orderFrom marketQuantity', () => {
  it('behavior: a market buy is sized in quote, a market sell in base', () => {
    expect(sized(order({ side: 'B' }))).toEqual({ quantity: undefined, quoteQuantity: '10' })
    expect(sized(order({ side: 'S' }))).toEqual({ quantity: '10', quoteQuantity: undefined })
  })

  it('behavior: the unit field, when sent, decides for either side', () => {
    expect(sized(order({ side: 'B', sizeIn: 'BASE' }))).toEqual({
      quantity: '10',
      quoteQuantity: undefined,
    })
    expect(sized(order({ side: 'S', sizeIn: 'QUOTE' }))).toEqual({
      quantity: undefined,
      quoteQuantity: '10',
    })
  })

  it('behavior: an order that does not match every `when` field is sized in base', () => {
    expect(sized(order({ side: 'B', kind: 'LMT' }))).toEqual({
      quantity: '10',
      quoteQuantity: undefined,
    })
    expect(sized(order({ side: 'B', market: 'perp' }))).toEqual({
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
