import type { RateLimits } from '@signet/core'

/**
 * Binance spot and USDⓈ-M REST rate limits as data (docs/spec/binance.md, "Rate limits"): request weight per IP in fixed
 * minutes on the exchange's clock, unfilled-order counts per account per 10 s and per day, the endpoint weights,
 * the usage headers, 429 with `Retry-After`, and 418 bans from 2 minutes to 3 days.
 */
export const binanceRateLimits = {
  source: 'https://developers.binance.com/docs/binance-spot-api-docs/rest-api/limits',
  buckets: [
    {
      id: 'request-weight',
      scope: 'ip',
      intervalMs: 60_000,
      limit: 6000,
      window: 'fixed',
      headers: { used: 'X-MBX-USED-WEIGHT-1M' },
      rejection: {
        status: 429,
        code: '-1003',
        message:
          'Too much request weight used; current limit is %s request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.',
        retryAfter: true,
      },
    },
    {
      id: 'orders-10s',
      scope: 'account',
      intervalMs: 10_000,
      limit: 100,
      window: 'fixed',
      defaultWeight: 0,
      headers: { used: 'X-MBX-ORDER-COUNT-10S' },
      rejection: {
        status: 429,
        code: '-1015',
        message: 'Too many new orders; current limit is %s orders per 10 SECOND.',
        retryAfter: true,
      },
    },
    {
      id: 'orders-1d',
      scope: 'account',
      intervalMs: 86_400_000,
      limit: 200_000,
      window: 'fixed',
      defaultWeight: 0,
      headers: { used: 'X-MBX-ORDER-COUNT-1D' },
      rejection: {
        status: 429,
        code: '-1015',
        message: 'Too many new orders; current limit is %s orders per 1 DAY.',
        retryAfter: true,
      },
    },
    // USDⓈ-M futures count apart (spec binance.md "Rate limits", USDⓈ-M): 2400 weight per IP per minute, 1200 orders
    // per minute and 300 per 10 s per account; spot requests weigh nothing here (defaultWeight 0), and fapi
    // endpoints nothing in the spot buckets.
    {
      id: 'fapi-request-weight',
      scope: 'ip',
      intervalMs: 60_000,
      limit: 2400,
      window: 'fixed',
      defaultWeight: 0,
      headers: { used: 'X-MBX-USED-WEIGHT-1M' },
      rejection: {
        status: 429,
        code: '-1003',
        // Assumed: the spot wording with the futures limit (the futures error-code page lists -1003 TOO_MANY_REQUESTS).
        message:
          'Too many requests; current limit is %s request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
        retryAfter: true,
      },
    },
    {
      id: 'fapi-orders-10s',
      scope: 'account',
      intervalMs: 10_000,
      limit: 300,
      window: 'fixed',
      defaultWeight: 0,
      headers: { used: 'X-MBX-ORDER-COUNT-10S' },
      rejection: {
        status: 429,
        code: '-1015',
        message: 'Too many new orders; current limit is %s orders per 10 SECOND.',
        retryAfter: true,
      },
    },
    {
      id: 'fapi-orders-1m',
      scope: 'account',
      intervalMs: 60_000,
      limit: 1200,
      window: 'fixed',
      defaultWeight: 0,
      headers: { used: 'X-MBX-ORDER-COUNT-1M' },
      rejection: {
        status: 429,
        code: '-1015',
        message: 'Too many new orders; current limit is %s orders per 1 MINUTE.',
        retryAfter: true,
      },
    },
  ],
  endpoints: [
    { method: 'GET', path: '/api/v3/time', weights: { 'request-weight': 1 } },
    {
      method: 'POST',
      path: '/api/v3/order',
      weights: { 'request-weight': 1, 'orders-10s': 1, 'orders-1d': 1 },
    },
    { method: 'GET', path: '/api/v3/order', weights: { 'request-weight': 4 } },
    { method: 'DELETE', path: '/api/v3/order', weights: { 'request-weight': 1 } },
    {
      method: 'GET',
      path: '/api/v3/openOrders',
      weights: { 'request-weight': 6 },
      without: { param: 'symbol', weights: { 'request-weight': 80 } },
    },
    { method: 'DELETE', path: '/api/v3/openOrders', weights: { 'request-weight': 1 } },
    { method: 'GET', path: '/api/v3/account', weights: { 'request-weight': 20 } },
    { method: 'GET', path: '/api/v3/exchangeInfo', weights: { 'request-weight': 20 } },
    { method: 'GET', path: '/api/v3/allOrders', weights: { 'request-weight': 20 } },
    { method: 'GET', path: '/api/v3/myTrades', weights: { 'request-weight': 20 } },
    { method: 'GET', path: '/fapi/v1/time', weights: { 'request-weight': 0, 'fapi-request-weight': 1 } },
    {
      method: 'POST',
      path: '/fapi/v1/order',
      // "1 on 10s order rate limit; 1 on 1min order rate limit; 0 on IP rate limit".
      weights: { 'request-weight': 0, 'fapi-orders-10s': 1, 'fapi-orders-1m': 1 },
    },
    { method: 'GET', path: '/fapi/v1/order', weights: { 'request-weight': 0, 'fapi-request-weight': 1 } },
    { method: 'DELETE', path: '/fapi/v1/order', weights: { 'request-weight': 0, 'fapi-request-weight': 1 } },
    {
      method: 'GET',
      path: '/fapi/v1/openOrders',
      weights: { 'request-weight': 0, 'fapi-request-weight': 1 },
      without: { param: 'symbol', weights: { 'request-weight': 0, 'fapi-request-weight': 40 } },
    },
    {
      method: 'DELETE',
      path: '/fapi/v1/allOpenOrders',
      weights: { 'request-weight': 0, 'fapi-request-weight': 1 },
    },
    { method: 'GET', path: '/fapi/v3/balance', weights: { 'request-weight': 0, 'fapi-request-weight': 5 } },
  ],
  ban: {
    scope: 'ip',
    status: 418,
    code: '-1003',
    message:
      'Way too much request weight used; IP banned until %s. Please use WebSocket Streams for live updates to avoid bans.',
    retryAfter: true,
    minMs: 120_000,
    maxMs: 259_200_000,
  },
} as const satisfies RateLimits
