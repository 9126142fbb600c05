import type { RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { describeCoinbaseIntent } from '../src'

const order = (
  configuration: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): RequestIntent => ({
  method: 'POST',
  path: '/api/v3/brokerage/orders',
  body: {
    client_order_id: 'a1',
    product_id: 'BTC-USDT',
    side: 'BUY',
    order_configuration: configuration,
    ...extra,
  } as never,
  security: 'signed',
})

describe('describeCoinbaseIntent', () => {
  it('default: a limit order reads its size and limit from the one configuration', () => {
    expect(
      describeCoinbaseIntent(
        order({ limit_limit_gtc: { base_size: '0.01', limit_price: '50000', post_only: false } }),
      ),
    ).toEqual({
      kind: 'order',
      symbol: 'BTC-USDT',
      side: 'buy',
      quantity: '0.01',
      price: '50000',
      quoteQuantity: undefined,
    })
  })

  it('behavior: a market order sized in quote or base; a stop limit bounded by its limit price', () => {
    expect(describeCoinbaseIntent(order({ market_market_ioc: { quote_size: '100' } }))).toMatchObject({
      quantity: undefined,
      quoteQuantity: '100',
      price: undefined,
    })
    expect(describeCoinbaseIntent(order({ market_market_ioc: { base_size: '0.5' } }))).toMatchObject({
      quantity: '0.5',
      price: undefined,
    })
    expect(
      describeCoinbaseIntent(
        order({ stop_limit_stop_limit_gtc: { base_size: '1', limit_price: '49000', stop_price: '49500' } }),
      ),
    ).toMatchObject({ price: '49000' })
  })

  it('error: no, two or unknown configurations, both sizes, a flat dotted twin, a bad side', () => {
    for (const intent of [
      order({}),
      order({ limit_limit_gtc: { base_size: '1', limit_price: '1' }, market_market_ioc: { base_size: '9' } }),
      order({ limit_limit_new: { base_size: '1', limit_price: '1' } }),
      order({ market_market_ioc: { base_size: '1', quote_size: '9' } }),
      order(
        { limit_limit_gtc: { limit_price: '1' } },
        { 'order_configuration.limit_limit_gtc.base_size': '0.01' },
      ),
      order({ limit_limit_gtc: { base_size: '1', limit_price: '1' } }, { side: 'buy' }),
    ])
      expect(describeCoinbaseIntent(intent).kind, JSON.stringify(intent.body)).toBe('refused')
  })

  it('behavior: portfolio moves, v2 sends, withdrawals and deposits are sensitive; cancel and reads are not', () => {
    const kind = (method: 'GET' | 'POST', path: string) =>
      describeCoinbaseIntent({ method, path, security: 'signed' }).kind
    expect(kind('POST', '/api/v3/brokerage/portfolios/move_funds')).toBe('transfer')
    expect(kind('POST', '/api/v3/brokerage/portfolios')).toBe('sub-account')
    expect(kind('POST', '/v2/accounts/8bfc20d7/transactions')).toBe('withdraw')
    expect(kind('POST', '/v2/accounts/8bfc20d7/withdrawals')).toBe('withdraw')
    expect(kind('POST', '/v2/accounts/8bfc20d7/deposits')).toBe('transfer')
    expect(kind('POST', '/api/v3/brokerage/orders/batch_cancel')).toBe('cancel')
    expect(kind('GET', '/api/v3/brokerage/accounts')).toBe('read')
    expect(kind('POST', '/api/v3/brokerage/orders/edit')).toBe('refused')
  })
})
