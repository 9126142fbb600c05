import type { NonceFreshness } from '@signet/core'

/** How far ahead of the L1 block time a nonce may be, in ms: 1 day (spec hyperliquid.md §6). */
export const HYPERLIQUID_NONCE_AHEAD_MS = 86_400_000
/** How far behind the L1 block time a nonce may be, in ms: 2 days (spec hyperliquid.md §6). */
export const HYPERLIQUID_NONCE_BEHIND_MS = 172_800_000

/**
 * Hyperliquid's freshness as data: ms nonces per signer, unique among its recent ones, within
 * (T − 2 days, T + 1 day) of the block time T (spec hyperliquid.md §6).
 *
 * @example
 * hyperliquidFreshness.tolerance?.aheadMs // 86_400_000
 */
export const hyperliquidFreshness: NonceFreshness = {
  kind: 'nonce',
  ordering: 'unique-recent',
  unitsPerMs: 1,
  // Core's behindMs is inclusive; Hyperliquid's lower bound is open, so the oldest accepted nonce is T − 2 days + 1 ms.
  tolerance: { aheadMs: HYPERLIQUID_NONCE_AHEAD_MS, behindMs: HYPERLIQUID_NONCE_BEHIND_MS - 1 },
}
