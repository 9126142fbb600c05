import { budgetCharges, ExchangeError } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { coinbaseExamples } from '../src/emulate/index'
import { coinbase, coinbaseFreshness, coinbaseRateLimits, parseCoinbaseServerTime } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'

const KEY = 'organizations/o/apiKeys/k'

describe('coinbase definition', () => {
  it('default: token freshness as data', () => {
    expect(coinbase.freshness).toBe(coinbaseFreshness)
    expect(coinbaseFreshness).toMatchObject({ kind: 'token', lifetimeMs: 120_000, resolutionMs: 1000 })
    expect(coinbaseFreshness.tolerance()).toEqual({ aheadMs: 1, behindMs: 119_000 })
  })

  it('behavior: the server time answer the verifier writes reads back to the same ms', () => {
    const answer = createCoinbaseVerifier({ keys: [], now: () => 0 }).respond.serverTime(1_700_000_000_123)
    expect(parseCoinbaseServerTime(answer.body)).toBe(1_700_000_000_123)
    expect(parseCoinbaseServerTime({ iso: '2023-11-14T22:13:20Z', epochSeconds: '1700000000' })).toBe(
      1_700_000_000_000,
    )
  })

  it('error: an unreadable time answer is a typed ExchangeError', () => {
    for (const body of ['<html>', '[]', '{"epochMillis":"12a"}', '{}']) {
      expect(() => parseCoinbaseServerTime(body)).toThrow(ExchangeError)
    }
  })

  it('default: the examples the emulator and demo send', () => {
    expect(coinbaseExamples.account).toEqual({
      method: 'GET',
      path: '/api/v3/brokerage/accounts',
      params: { limit: 49 },
      security: 'signed',
    })
    expect(coinbaseExamples.placeOrder('c-1').body).toMatchObject({ client_order_id: 'c-1' })
    expect(coinbaseExamples.cancelOrder('c-1').body).toEqual({ order_ids: ['c-1'] })
    expect(coinbase.products.advanced!.serverTime.path).toBe('/api/v3/brokerage/time')
  })
})

describe('coinbase rate limits', () => {
  it('behavior: private requests count per account (30/s), public ones per IP (10/s), never both', () => {
    const scopes = { ip: 'egress-1', account: 'user-1', key: KEY }
    const charged = (method: 'GET' | 'POST', path: string, security: 'none' | 'signed') =>
      budgetCharges(coinbaseRateLimits, scopes, { method, path, security }).map((c) => [c.bucket.id, c.limit])
    expect(coinbase.rateLimits).toBe(coinbaseRateLimits)
    expect(charged('GET', '/api/v3/brokerage/accounts', 'signed')).toEqual([['private', 30]])
    expect(charged('POST', '/api/v3/brokerage/orders', 'signed')).toEqual([['private', 30]])
    expect(charged('GET', '/api/v3/brokerage/time', 'none')).toEqual([['public', 10]])
    expect(charged('GET', '/api/v3/brokerage/market/products/BTC-USD/ticker', 'none')).toEqual([
      ['public', 10],
    ])
  })
})
