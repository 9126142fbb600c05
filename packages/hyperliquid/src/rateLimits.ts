import type { RateLimits } from '@signet/core'

// spec hyperliquid.md "Rate limits": info types of weight 2; every other documented info type weighs 20.
const light = { 'rest-weight': 2 }

/**
 * Hyperliquid's REST limits as data (docs/spec/hyperliquid.md, "Rate limits"): 1200 weight per minute per IP; an
 * `/exchange` action weighs 1 (batches under 40), an `/info` read 2, 20 or 60 by its `type`. Past it Hyperliquid
 * answers HTTP 429.
 */
export const hyperliquidRateLimits = {
  source: 'https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/rate-limits-and-user-limits',
  buckets: [
    {
      id: 'rest-weight',
      scope: 'ip',
      // Assumed: the docs say "per minute" without the window's kind.
      intervalMs: 60_000,
      limit: 1200,
      window: 'fixed',
      rejection: { status: 429, code: '429', message: 'Too many requests' },
    },
  ],
  endpoints: [
    // 1 + floor(batch_length / 40): 1 for batches of fewer than 40 orders or cancels.
    { method: 'POST', path: '/exchange', weights: { 'rest-weight': 1 } },
    {
      method: 'POST',
      path: '/info',
      weights: { 'rest-weight': 20 },
      by: {
        param: 'type',
        weights: {
          l2Book: light,
          allMids: light,
          clearinghouseState: light,
          orderStatus: light,
          spotClearinghouseState: light,
          exchangeStatus: light,
          userRole: { 'rest-weight': 60 },
        },
      },
    },
  ],
} as const satisfies RateLimits
