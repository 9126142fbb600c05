import type { RateLimits } from '@signet/core'

/**
 * OKX V5 rate limits as data (docs/spec/okx.md, "Rate limits"): each endpoint has its own limit per 2 s, per User
 * ID for private endpoints and per IP for public ones; past it OKX answers HTTP 429 with code 50011.
 */
export const okxRateLimits = {
  source: 'https://www.okx.com/docs-v5/en/#overview-rate-limits',
  buckets: [
    {
      id: 'uid-endpoint',
      scope: 'account',
      perEndpoint: true,
      intervalMs: 2000,
      limit: 60,
      window: 'fixed',
      rejection: {
        status: 429,
        code: '50011',
        message: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
      },
    },
    {
      id: 'ip-endpoint',
      scope: 'ip',
      perEndpoint: true,
      intervalMs: 2000,
      limit: 20,
      window: 'fixed',
      defaultWeight: 0,
      rejection: {
        status: 429,
        code: '50011',
        message: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
      },
    },
  ],
  endpoints: [
    {
      method: 'GET',
      path: '/api/v5/public/time',
      weights: { 'ip-endpoint': 1 },
      limits: { 'ip-endpoint': 10 },
    },
    { method: 'POST', path: '/api/v5/trade/order', weights: {}, limits: { 'uid-endpoint': 60 } },
    // Place multiple orders: 300 orders per 2 s per User ID; counted here per request (spec okx.md "Batch orders").
    { method: 'POST', path: '/api/v5/trade/batch-orders', weights: {}, limits: { 'uid-endpoint': 300 } },
    { method: 'POST', path: '/api/v5/trade/cancel-order', weights: {}, limits: { 'uid-endpoint': 60 } },
    { method: 'GET', path: '/api/v5/trade/order', weights: {}, limits: { 'uid-endpoint': 60 } },
    { method: 'GET', path: '/api/v5/trade/orders-pending', weights: {}, limits: { 'uid-endpoint': 60 } },
    { method: 'GET', path: '/api/v5/account/balance', weights: {}, limits: { 'uid-endpoint': 10 } },
  ],
} as const satisfies RateLimits
