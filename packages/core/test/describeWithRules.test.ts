import { describe, expect, it } from 'vitest'
import { describeWithRules, orderFrom } from '../src/kit'

const describeIntent = describeWithRules({
  place: 'json',
  orders: {
    'POST /order': orderFrom({
      symbol: 'symbol',
      side: 'side',
      sides: { Buy: 'buy', Sell: 'sell' },
      quantity: 'qty',
      price: 'price',
      quantityIsQuote: (f) => f.type === 'Market' && f.side === 'Buy',
    }),
  },
  cancels: { 'POST /cancel': 'symbol', 'DELETE /orders/*': undefined },
  sensitive: [
    ['/withdraw', 'withdraw'],
    ['/user/key', 'key-management'],
  ],
  batches: ['POST /batch'],
})

describe('describeWithRules', () => {
  it('default: reads an order from the place the exchange reads it', () => {
    expect(
      describeIntent({
        method: 'POST',
        path: '/order',
        body: { symbol: 'BTCUSDT', side: 'Buy', qty: '0.5', price: '100' },
        security: 'signed',
      }),
    ).toEqual({
      kind: 'order',
      symbol: 'BTCUSDT',
      side: 'buy',
      quantity: '0.5',
      price: '100',
      quoteQuantity: undefined,
    })
  })

  it('behavior: a market buy sized in quote is described as quote quantity', () => {
    const d = describeIntent({
      method: 'POST',
      path: '/order',
      body: { symbol: 'BTCUSDT', side: 'Buy', type: 'Market', qty: '1000' },
      security: 'signed',
    })
    expect(d).toMatchObject({ kind: 'order', quantity: undefined, quoteQuantity: '1000' })
  })

  it("error: a field outside the exchange's place, or in two places, is refused", () => {
    const moved = describeIntent({
      method: 'POST',
      path: '/order',
      params: { qty: '100' },
      body: { symbol: 'BTCUSDT', side: 'Buy', qty: '0.1' },
      security: 'signed',
    })
    expect(moved).toMatchObject({ kind: 'refused', reason: expect.stringContaining('"qty" is in the query') })
    expect(
      describeIntent({ method: 'POST', path: '/order', body: '{"symbol":"X"}', security: 'signed' }),
    ).toMatchObject({ kind: 'refused' })
  })

  it('error: an unknown side value is refused, never guessed', () => {
    const d = describeIntent({
      method: 'POST',
      path: '/order',
      body: { symbol: 'BTCUSDT', side: 'BUY', qty: '1' },
      security: 'signed',
    })
    expect(d).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('"side" must be one of Buy, Sell'),
    })
  })

  it('behavior: sensitive prefixes win over everything, batches are refused, cancels and reads are named', () => {
    const at = (method: 'GET' | 'POST' | 'DELETE', path: string) =>
      describeIntent({ method, path, security: 'signed' }).kind
    expect(at('POST', '/withdraw/apply')).toBe('withdraw')
    expect(at('GET', '/user/key/list')).toBe('key-management')
    expect(at('POST', '/batch')).toBe('refused')
    expect(at('DELETE', '/orders/123')).toBe('cancel')
    expect(at('GET', '/account')).toBe('read')
    expect(at('POST', '/something-else')).toBe('unknown')
  })
})
