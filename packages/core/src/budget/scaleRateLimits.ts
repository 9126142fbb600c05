import { InvalidParameterError } from '../errors/input'
import type { RateLimits } from '../rate/types'

/** Options of `scaleRateLimits`. */
export type ScaleRateLimitsOptions = {
  /** Multiplies every limit (rounded up, at least 1), as the emulator's `rateLimitScale` does. @default 1 */
  limit?: number | undefined
  /** Multiplies every window and ban duration, as the emulator's `rateLimitWindowScale` does. @default 1 */
  window?: number | undefined
}

/**
 * Scales an exchange's limits the way the emulator scales what it enforces, so a budget for a scaled emulator
 * (or a deliberate safety margin, e.g. `limit: 0.9`) reserves against the same numbers.
 *
 * @example
 * const limits = scaleRateLimits(binanceRateLimits, { limit: 0.1, window: 0.1 }) // 600 weight per 6 s
 */
export function scaleRateLimits(limits: RateLimits, options: ScaleRateLimitsOptions): RateLimits {
  const { limit = 1, window = 1 } = options
  for (const [name, value] of [
    ['limit', limit],
    ['window', window],
  ] as const) {
    if (!(Number.isFinite(value) && value > 0)) {
      throw new InvalidParameterError(name, 'a positive finite number', String(value))
    }
  }
  const scaled = (n: number) => Math.max(1, Math.ceil(n * limit))
  return {
    ...limits,
    buckets: limits.buckets.map((b) => ({ ...b, limit: scaled(b.limit), intervalMs: b.intervalMs * window })),
    endpoints: limits.endpoints.map((e) =>
      e.limits
        ? { ...e, limits: Object.fromEntries(Object.entries(e.limits).map(([id, n]) => [id, scaled(n)])) }
        : e,
    ),
    ban: limits.ban && { ...limits.ban, minMs: limits.ban.minMs * window, maxMs: limits.ban.maxMs * window },
  }
}
