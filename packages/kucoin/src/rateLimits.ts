import type { RateLimits } from '@signet/core'

/**
 * KuCoin REST rate limits as data (docs/spec/kucoin.md, "Rate limits"): resource pools with a quota per 30 s
 * counted from the first request (Spot pool per UID, Public pool per IP; VIP0 quotas), a weight per endpoint, the
 * `gw-ratelimit-*` headers, and HTTP 429 with code 429000 when a pool is used up.
 */
export const kucoinRateLimits = {
  source: 'https://www.kucoin.com/docs-new/rate-limit',
  buckets: [
    {
      id: 'spot',
      scope: 'account',
      intervalMs: 30_000,
      limit: 4000,
      window: 'from-first',
      headers: {
        limit: 'gw-ratelimit-limit',
        remaining: 'gw-ratelimit-remaining',
        resetIn: 'gw-ratelimit-reset',
      },
      rejection: { status: 429, code: '429000', message: 'Too Many Requests' },
    },
    {
      id: 'public',
      scope: 'ip',
      intervalMs: 30_000,
      limit: 2000,
      window: 'from-first',
      defaultWeight: 0,
      headers: {
        limit: 'gw-ratelimit-limit',
        remaining: 'gw-ratelimit-remaining',
        resetIn: 'gw-ratelimit-reset',
      },
      rejection: { status: 429, code: '429000', message: 'Too Many Requests' },
    },
  ],
  // Weights from each endpoint's page ("Rate limit weight"); private endpoints count in the Spot pool.
  endpoints: [
    { method: 'GET', path: '/api/v1/timestamp', weights: { spot: 0, public: 3 } },
    { method: 'POST', path: '/api/v1/orders', weights: { spot: 2 } },
    { method: 'GET', path: '/api/v1/orders', weights: { spot: 2 } },
    { method: 'DELETE', path: '/api/v1/orders', weights: { spot: 20 } },
    { method: 'GET', path: '/api/v1/orders/{orderId}', weights: { spot: 2 } },
    { method: 'DELETE', path: '/api/v1/orders/{orderId}', weights: { spot: 3 } },
    { method: 'GET', path: '/api/v1/order/client-order/{clientOid}', weights: { spot: 3 } },
    { method: 'DELETE', path: '/api/v1/order/client-order/{clientOid}', weights: { spot: 5 } },
    { method: 'GET', path: '/api/v1/accounts', weights: { spot: 5 } },
  ],
} as const satisfies RateLimits
