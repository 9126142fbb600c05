import type { TokenFreshness } from '@signet/core'

/** A Coinbase JWT is valid for 120 s after its `nbf` (spec coinbase.md §4), in seconds. */
export const COINBASE_TOKEN_LIFETIME_S = 120

/**
 * Coinbase's freshness as data: a JWT per request, `nbf` in whole seconds, valid while `nbf <= server second <
 * exp = nbf + 120` (spec coinbase.md §4). In core's window terms a whole-second timestamp `ts` is accepted for
 * `server - 119000 <= ts < server + 1`: never ahead of the server (a token from the future is refused), and
 * sent at least one second before it expires.
 *
 * @example
 * coinbaseFreshness.tolerance() // { aheadMs: 1, behindMs: 119000 }
 */
export const coinbaseFreshness = {
  kind: 'token',
  lifetimeMs: COINBASE_TOKEN_LIFETIME_S * 1000,
  tolerance: () => ({ aheadMs: 1, behindMs: (COINBASE_TOKEN_LIFETIME_S - 1) * 1000 }),
  resolutionMs: 1000,
} as const satisfies TokenFreshness
