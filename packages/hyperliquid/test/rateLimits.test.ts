import { budgetCharges } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { hyperliquid, hyperliquidRateLimits } from '../src/index'

const charge = (path: string, params: Record<string, string>) =>
  budgetCharges(
    hyperliquidRateLimits,
    { ip: 'egress-1' },
    { method: 'POST', path, params, security: path === '/info' ? 'none' : 'signed' },
  ).map((c) => [c.counter, c.weight, c.limit])

describe('hyperliquidRateLimits', () => {
  it('behavior: a budget charges /info by its type (2, 20 or 60) and /exchange 1, against 1200 per IP', () => {
    expect(charge('/info', { type: 'orderStatus' })).toEqual([['rest-weight|ip:egress-1|', 2, 1200]])
    expect(charge('/info', { type: 'clearinghouseState' })[0]![1]).toBe(2)
    expect(charge('/info', { type: 'openOrders' })[0]![1]).toBe(20)
    expect(charge('/info', { type: 'userRole' })[0]![1]).toBe(60)
    // A type the data does not list is one of "all other documented info requests".
    expect(charge('/info', { type: 'meta' })[0]![1]).toBe(20)
    expect(charge('/info', { type: 'toString' })[0]![1]).toBe(20)
    expect(charge('/exchange', { type: 'order' })[0]![1]).toBe(1)
  })

  it('behavior: the definition carries them, so a client budget paces Hyperliquid without being told', () => {
    expect(hyperliquid.rateLimits).toBe(hyperliquidRateLimits)
  })
})
