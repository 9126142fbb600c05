import type { Tolerance } from '../clock/types'
import type { Freshness } from './types'

/** The window a request's timestamp must land in, as `timestampWindow` resolves it. */
export type TimestampWindow = {
  /** The window length to ask of the exchange (the caller's, else the exchange's default), in ms; undefined where fixed. */
  windowMs: number | undefined
  tolerance: Tolerance
  /** Granularity of the timestamps the signer writes, in ms. */
  resolutionMs: number
}

/**
 * The timestamp window of an exchange's freshness for a caller-chosen window: timestamp and token kinds have one,
 * a nonce kind only when the exchange also checks the nonce against its clock; undefined otherwise.
 *
 * @example
 * const window = timestampWindow(binance.freshness, 10_000) // { windowMs: 10000, tolerance: { aheadMs: 1000, behindMs: 10000 }, resolutionMs: 1 }
 */
export function timestampWindow(freshness: Freshness, windowMs?: number): TimestampWindow | undefined {
  switch (freshness.kind) {
    case 'timestamp': {
      const w = windowMs ?? freshness.defaultWindowMs
      return { windowMs: w, tolerance: freshness.tolerance(w), resolutionMs: freshness.resolutionMs }
    }
    case 'token':
      return { windowMs: undefined, tolerance: freshness.tolerance(), resolutionMs: freshness.resolutionMs }
    case 'nonce':
      // A nonce of `unitsPerMs` units per ms is a timestamp whose granularity is at most 1 ms.
      return freshness.tolerance
        ? { windowMs: undefined, tolerance: freshness.tolerance, resolutionMs: 1 }
        : undefined
  }
}
