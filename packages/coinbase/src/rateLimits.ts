import type { RateLimits } from '@signet/core'

/**
 * Coinbase Advanced Trade REST rate limits as data (docs/spec/coinbase.md §11): 30 private requests per second per
 * user, 10 public requests per second per IP, refused with HTTP 429; no usage headers are documented.
 */
export const coinbaseRateLimits = {
  source: 'https://docs.cloud.coinbase.com/advanced-trade/docs/rest-api-rate-limits',
  buckets: [
    {
      id: 'private',
      scope: 'account',
      intervalMs: 1000,
      limit: 30,
      window: 'rolling',
      rejection: { status: 429, code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests' },
    },
    {
      id: 'public',
      scope: 'ip',
      intervalMs: 1000,
      limit: 10,
      window: 'rolling',
      // Only the public endpoints listed below count here.
      defaultWeight: 0,
      rejection: { status: 429, code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests' },
    },
  ],
  // Public endpoints (no JWT) count per IP, not in the user's private budget.
  endpoints: [
    { method: 'GET', path: '/api/v3/brokerage/time', weights: { private: 0, public: 1 } },
    { method: 'GET', path: '/api/v3/brokerage/market/products', weights: { private: 0, public: 1 } },
    {
      method: 'GET',
      path: '/api/v3/brokerage/market/products/{product_id}',
      weights: { private: 0, public: 1 },
    },
    {
      method: 'GET',
      path: '/api/v3/brokerage/market/products/{product_id}/candles',
      weights: { private: 0, public: 1 },
    },
    {
      method: 'GET',
      path: '/api/v3/brokerage/market/products/{product_id}/ticker',
      weights: { private: 0, public: 1 },
    },
    { method: 'GET', path: '/api/v3/brokerage/market/product_book', weights: { private: 0, public: 1 } },
  ],
} as const satisfies RateLimits
