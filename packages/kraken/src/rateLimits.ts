import type { RateLimits } from '@signet/core'

/**
 * Kraken Spot REST rate limits as data (docs/spec/kraken.md "Rate limits"): each API key's call counter (Starter
 * tier: at most 15, draining 0.33 per second; ledger and trade history calls cost 2), refused with
 * `EAPI:Rate limit exceeded`; AddOrder and CancelOrder count instead on the trading counter (Starter: 60, draining 1
 * per second; a cancel costs up to 8 for a young order), refused with `EOrder:Rate limit exceeded`. No usage
 * headers.
 */
export const krakenRateLimits = {
  source: 'https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits',
  buckets: [
    {
      id: 'api-counter',
      scope: 'key',
      // 15 drained at 0.33/s: about 45 s.
      intervalMs: 45_000,
      limit: 15,
      window: 'decay',
      rejection: { status: 200, code: 'EAPI:Rate limit exceeded', message: 'EAPI:Rate limit exceeded' },
    },
    {
      id: 'trading',
      scope: 'key',
      intervalMs: 60_000,
      limit: 60,
      window: 'decay',
      // Only AddOrder and CancelOrder count here.
      defaultWeight: 0,
      rejection: { status: 200, code: 'EOrder:Rate limit exceeded', message: 'EOrder:Rate limit exceeded' },
    },
  ],
  endpoints: [
    { method: 'POST', path: '/0/private/AddOrder', weights: { 'api-counter': 0, trading: 1 } },
    // Kraken charges a cancel by the order's age (8 under 5 s, down to 0 after 300 s); a bot that cancels at once
    // pays the most, which is what is counted here.
    { method: 'POST', path: '/0/private/CancelOrder', weights: { 'api-counter': 0, trading: 8 } },
    { method: 'POST', path: '/0/private/Ledgers', weights: { 'api-counter': 2 } },
    { method: 'POST', path: '/0/private/QueryLedgers', weights: { 'api-counter': 2 } },
    { method: 'POST', path: '/0/private/TradesHistory', weights: { 'api-counter': 2 } },
    { method: 'POST', path: '/0/private/QueryTrades', weights: { 'api-counter': 2 } },
    // Public market data is limited per IP, not by the key's counter.
    { method: 'GET', path: '/0/public/Time', weights: { 'api-counter': 0 } },
  ],
} as const satisfies RateLimits
