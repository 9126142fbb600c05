import type { Clock } from './types'

/** Options of `localClock`. */
export type LocalClockOptions = {
  /** Local wall clock, epoch ms. @default Date.now */
  wallNow?: () => number
  /** Bound you trust on the local clock's error (e.g. from NTP), in ms. @default 0 */
  uncertaintyMs?: number
}

/**
 * A clock that trusts the local wall clock (for NTP-disciplined hosts, tests and offline signing).
 *
 * @example
 * const clock = localClock({ uncertaintyMs: 50 })
 */
export function localClock(options: LocalClockOptions = {}): Clock {
  const { wallNow = Date.now, uncertaintyMs = 0 } = options
  const status = () => ({
    offsetMs: 0,
    uncertaintyMs,
    driftPpm: 0,
    lastSyncAt: undefined,
    samples: 0,
    bestRttMs: undefined,
    state: 'synced' as const,
  })
  return {
    now: wallNow,
    status,
    sync: async () => status(),
    observe() {},
    monotonicNow: () => performance.now(),
    stop() {},
  }
}
