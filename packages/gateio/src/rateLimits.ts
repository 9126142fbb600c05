import type { RateLimits } from '@signet/core'

/**
 * Gate.io APIv4 spot rate limits as data (docs/spec/gateio.md, "Rate limits"): per UID, order placement and amend
 * 10 r/s (per market), cancellation 200 r/s, other private endpoints 200 r/10 s each; public endpoints 200 r/10 s
 * each per IP; usage in `X-Gate-RateLimit-*` headers, and HTTP 429 past a limit.
 */
export const gateioRateLimits = {
  source: 'https://www.gate.io/docs/developers/apiv4/en/#frequency-limit-rule',
  buckets: [
    {
      id: 'place',
      scope: 'account',
      intervalMs: 1000,
      limit: 10,
      window: 'rolling',
      defaultWeight: 0,
      headers: {
        remaining: 'X-Gate-RateLimit-Requests-Remain',
        limit: 'X-Gate-RateLimit-Limit',
        resetAt: 'X-Gate-RateLimit-Reset-Timestamp',
      },
      rejection: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Request Rate limit Exceeded' },
    },
    {
      id: 'cancel',
      scope: 'account',
      intervalMs: 1000,
      limit: 200,
      window: 'rolling',
      defaultWeight: 0,
      headers: {
        remaining: 'X-Gate-RateLimit-Requests-Remain',
        limit: 'X-Gate-RateLimit-Limit',
        resetAt: 'X-Gate-RateLimit-Reset-Timestamp',
      },
      rejection: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Request Rate limit Exceeded' },
    },
    {
      id: 'private',
      scope: 'account',
      perEndpoint: true,
      intervalMs: 10_000,
      limit: 200,
      window: 'rolling',
      headers: {
        remaining: 'X-Gate-RateLimit-Requests-Remain',
        limit: 'X-Gate-RateLimit-Limit',
        resetAt: 'X-Gate-RateLimit-Reset-Timestamp',
      },
      rejection: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Request Rate limit Exceeded' },
    },
    {
      id: 'public',
      scope: 'ip',
      perEndpoint: true,
      intervalMs: 10_000,
      limit: 200,
      window: 'rolling',
      defaultWeight: 0,
      rejection: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Request Rate limit Exceeded' },
    },
  ],
  endpoints: [
    { method: 'GET', path: '/api/v4/spot/time', weights: { private: 0, public: 1 } },
    { method: 'POST', path: '/api/v4/spot/orders', weights: { place: 1, private: 0 } },
    { method: 'POST', path: '/api/v4/spot/batch_orders', weights: { place: 1, private: 0 } },
    { method: 'DELETE', path: '/api/v4/spot/orders', weights: { cancel: 1, private: 0 } },
    { method: 'DELETE', path: '/api/v4/spot/orders/{order_id}', weights: { cancel: 1, private: 0 } },
    { method: 'POST', path: '/api/v4/spot/cancel_batch_orders', weights: { cancel: 1, private: 0 } },
  ],
} as const satisfies RateLimits
