import type { Emulation, EmulationOrder } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createBook } from '../src/_createBook'

// A minimal emulation: only what the book reads.
const emulation = (uniqueClientIds: Emulation['uniqueClientIds']) =>
  ({
    uniqueClientIds,
    orderId: (n: number) => `id-${n}`,
    assets: (s: string) => (s === 'BTC-USDT' ? (['BTC', 'USDT'] as const) : undefined),
  }) as unknown as Emulation

function book(unique: Emulation['uniqueClientIds'] = 'all', balances = { USDT: 1000, BTC: 1 }) {
  let n = 0
  return createBook(emulation(unique), { balances, marketPrice: () => 100, nextSequence: () => ++n })
}
const limit = (clientOrderId?: string, price = '100', quantity = '1') =>
  ({ symbol: 'BTC-USDT', side: 'buy', type: 'limit', quantity, price, clientOrderId }) as const
const free = (b: ReturnType<typeof book>, asset: string) => b.balances('k').find((x) => x.asset === asset)

describe('createBook', () => {
  it('behavior: a limit buy holds quote funds until cancelled; a market buy fills at the market price', () => {
    const b = book()
    const order = b.place('k', limit('a'), 1, {})
    expect(order).toMatchObject({ id: 'id-1', status: 'open', clientOrderId: 'a', clientOrderIdGiven: true })
    expect(free(b, 'USDT')).toEqual({ asset: 'USDT', free: '900', locked: '100' })
    b.cancel('k', { id: 'id-1' }, 2)
    expect(free(b, 'USDT')).toEqual({ asset: 'USDT', free: '1000', locked: '0' })
    const market = b.place('k', { symbol: 'BTC-USDT', side: 'buy', type: 'market', quantity: '2' }, 3, {})
    expect(market).toMatchObject({ status: 'filled', fillPrice: '100' })
    expect([free(b, 'USDT')?.free, free(b, 'BTC')?.free]).toEqual(['800', '3'])
  })

  it('error: an order the account cannot pay for, an unknown symbol and a zero quantity are refused', () => {
    const b = book()
    expect(b.place('k', limit(undefined, '100', '11'), 1, {})).toEqual({
      failure: 'insufficient-balance',
      param: undefined,
    })
    expect(b.place('k', { ...limit(), symbol: 'ETH-EUR' }, 1, {})).toMatchObject({
      failure: 'bad-parameter',
      param: 'symbol',
    })
    expect(b.place('k', limit(undefined, '100', '0'), 1, {})).toMatchObject({
      failure: 'bad-parameter',
      param: 'quantity',
    })
    expect(b.balances('k').find((x) => x.asset === 'USDT')?.locked).toBe('0')
  })

  it('behavior: only client ids the caller chose are checked, among open orders or all, as the exchange does', () => {
    const open = book('open')
    open.place('k', limit('x'), 1, {})
    expect(open.place('k', limit('x'), 1, {})).toMatchObject({ failure: 'duplicate-order' })
    open.cancel('k', { clientOrderId: 'x' }, 2)
    expect(open.place('k', limit('x'), 3, {})).toMatchObject({ status: 'open' })
    const all = book('all')
    all.place('k', limit('x'), 1, {})
    all.cancel('k', { clientOrderId: 'x' }, 2)
    expect(all.place('k', limit('x'), 3, {})).toMatchObject({ failure: 'duplicate-order' })
    const none = book('none')
    none.place('k', limit('x'), 1, {})
    const second = none.place('k', limit('x'), 2, {})
    // A repeated id names the latest order.
    expect(none.query('k', { clientOrderId: 'x' })).toBe(second)
    // Orders without client ids never clash.
    for (let i = 0; i < 5; i++) expect(all.place('k', limit(), 4, {})).toMatchObject({ status: 'open' })
  })

  it('behavior: where a repeat is answered with the existing order (Coinbase), it creates nothing and holds nothing', () => {
    const b = book('existing')
    const first = b.place('k', limit('x'), 1, {}) as EmulationOrder
    expect(b.place('k', limit('x', '100', '5'), 2, {})).toBe(first)
    expect(b.open('k', undefined)).toEqual([first])
    expect(free(b, 'USDT')).toEqual({ asset: 'USDT', free: '900', locked: '100' })
    b.cancel('k', { id: first.id }, 3)
    expect(b.place('k', limit('x'), 4, {})).toBe(first)
  })

  it('behavior: accounts are separate; cancel-all takes one symbol; a cancelled order cannot be cancelled again', () => {
    const b = book()
    b.place('k', limit('a'), 1, {})
    b.place('other', limit('a'), 1, {})
    expect(b.open('k', 'BTC-USDT').map((o) => o.id)).toEqual(['id-1'])
    expect(b.cancelAll('k', 'BTC-USDT', 2).map((o) => o.status)).toEqual(['canceled'])
    expect(b.cancel('k', { id: 'id-1' }, 3)).toEqual({ failure: 'order-not-found', param: undefined })
    expect(b.query('k', { id: 'id-2' })).toEqual({ failure: 'order-not-found', param: undefined })
    expect(b.open('other', undefined)).toHaveLength(1)
  })
})
