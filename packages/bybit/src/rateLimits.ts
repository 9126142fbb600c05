import type { RateLimits } from '@signet/core'

/**
 * Bybit V5 rate limits as data (docs/spec/bybit.md, "Rate limits"): 600 requests per 5 s per IP, and per UID a
 * limit per endpoint per rolling second reported in `X-Bapi-Limit`, `X-Bapi-Limit-Status` and
 * `X-Bapi-Limit-Reset-Timestamp`, answered with retCode 10006 when exceeded.
 */
export const bybitRateLimits = {
  source: 'https://bybit-exchange.github.io/docs/v5/rate-limit',
  buckets: [
    {
      id: 'uid-endpoint',
      scope: 'account',
      perEndpoint: true,
      intervalMs: 1000,
      limit: 10,
      window: 'rolling',
      headers: {
        limit: 'X-Bapi-Limit',
        remaining: 'X-Bapi-Limit-Status',
        resetAt: 'X-Bapi-Limit-Reset-Timestamp',
      },
      rejection: { status: 200, code: '10006', message: 'Too many visits!' },
    },
    {
      id: 'ip',
      scope: 'ip',
      intervalMs: 5000,
      limit: 600,
      window: 'rolling',
      rejection: { status: 403, code: '403', message: 'access too frequent' },
    },
  ],
  // The "API Rate Limit Table" (UTA 2.0 Pro); where categories differ, the lowest (linear/inverse) applies.
  endpoints: [
    { method: 'POST', path: '/v5/order/create', weights: {}, limits: { 'uid-endpoint': 10 } },
    { method: 'POST', path: '/v5/order/amend', weights: {}, limits: { 'uid-endpoint': 10 } },
    { method: 'POST', path: '/v5/order/cancel', weights: {}, limits: { 'uid-endpoint': 10 } },
    { method: 'POST', path: '/v5/order/cancel-all', weights: {}, limits: { 'uid-endpoint': 10 } },
    { method: 'POST', path: '/v5/order/create-batch', weights: {}, limits: { 'uid-endpoint': 10 } },
    { method: 'POST', path: '/v5/order/cancel-batch', weights: {}, limits: { 'uid-endpoint': 10 } },
    { method: 'GET', path: '/v5/order/realtime', weights: {}, limits: { 'uid-endpoint': 50 } },
    { method: 'GET', path: '/v5/order/history', weights: {}, limits: { 'uid-endpoint': 50 } },
    { method: 'GET', path: '/v5/execution/list', weights: {}, limits: { 'uid-endpoint': 50 } },
    { method: 'GET', path: '/v5/account/wallet-balance', weights: {}, limits: { 'uid-endpoint': 50 } },
    { method: 'GET', path: '/v5/account/fee-rate', weights: {}, limits: { 'uid-endpoint': 5 } },
    { method: 'GET', path: '/v5/account/info', weights: {}, limits: { 'uid-endpoint': 50 } },
  ],
} as const satisfies RateLimits
