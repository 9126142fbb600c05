import { describe, expect, it } from 'vitest'
import { orderFrom } from '../src/kit/index'

describe('orderFrom', () => {
  it('default: symbol, side and side values default to the common names; no price field reads no price', () => {
    const read = orderFrom({ quantity: 'size', quoteQuantity: 'funds' })
    expect(read({ symbol: 'BTC-USDT', side: 'sell', size: '1', price: '5' })).toEqual({
      kind: 'order',
      symbol: 'BTC-USDT',
      side: 'sell',
      quantity: '1',
      price: undefined,
      quoteQuantity: undefined,
    })
    expect(read({ symbol: 'BTC-USDT', side: 'BUY', size: '1' })).toMatchObject({ kind: 'refused' })
  })

  it('args: named fields and side values win over the defaults', () => {
    const read = orderFrom({
      symbol: 'pair',
      side: 'type',
      sides: { BUY: 'buy' },
      quantity: 'volume',
      price: 'px',
    })
    expect(read({ pair: 'XBTUSD', type: 'BUY', volume: '2', px: '3' })).toMatchObject({
      symbol: 'XBTUSD',
      side: 'buy',
      price: '3',
    })
  })

  it('error: a side value inherited from Object.prototype is refused, not read as a side', () => {
    const read = orderFrom({ quantity: 'qty' })
    for (const side of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(read({ symbol: 'BTC', side, qty: '1' }), side).toMatchObject({ kind: 'refused' })
  })
})
