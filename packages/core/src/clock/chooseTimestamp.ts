import { ClockUncertainError } from '../errors/clock'
import type { Tolerance } from './types'

/** Parameters of `chooseTimestamp`. */
export type ChooseTimestampParameters = {
  /** Server-aligned now, epoch ms (`clock.now()`). */
  now: number
  /** Bound on the error of `now`, in ms (`clock.status().uncertaintyMs`). */
  uncertaintyMs: number
  /** The exchange's window for this request. */
  tolerance: Tolerance
  /** Upper bound on the time from signing to arrival at the exchange, in ms. @default 1000 */
  latencyMs?: number
  /** Granularity of the timestamp the signer writes (1000 when it writes seconds); the result is a multiple of it. @default 1 */
  resolutionMs?: number
  /** Exchange id and request, for the error message. */
  exchange?: string
  request?: string
}

/**
 * Chooses an integer ms timestamp that the exchange accepts for any true server time within `now ±
 * uncertaintyMs` and any latency up to `latencyMs`, preferring `now`; throws `ClockUncertainError` when none
 * exists, so a request that would be rejected is never sent.
 *
 * @example
 * const ts = chooseTimestamp({ now: clock.now(), uncertaintyMs: clock.status().uncertaintyMs, tolerance: { aheadMs: 1000, behindMs: 5000 } })
 */
export function chooseTimestamp(parameters: ChooseTimestampParameters): number {
  const { now, uncertaintyMs, tolerance, latencyMs = 1000, resolutionMs = 1, exchange, request } = parameters
  // Arrival server time lies in [now - u, now + u + latency]. Accepted iff ts < arrival + ahead and
  // ts >= arrival - behind for every such arrival.
  const lo = Math.ceil(now + uncertaintyMs + latencyMs - tolerance.behindMs)
  const hi = Math.ceil(now - uncertaintyMs + tolerance.aheadMs) - 1
  // A signer that writes seconds truncates: choose a multiple of the resolution so what is sent is what was chosen.
  const r = resolutionMs
  let ts = Math.floor(Math.min(hi, Math.max(lo, now)) / r) * r
  if (ts < lo) ts += r
  if (!(ts >= lo && ts <= hi) || !Number.isFinite(ts)) {
    const u = Number.isFinite(uncertaintyMs) ? `±${Math.round(uncertaintyMs)} ms` : 'unknown (not synced)'
    throw new ClockUncertainError(
      `No timestamp is safe: clock uncertainty ${u} plus latency budget ${latencyMs} ms does not fit the window (ahead ${tolerance.aheadMs} ms, behind ${tolerance.behindMs} ms).`,
      uncertaintyMs,
      {
        exchange,
        request,
        hint: 'Resync the clock (signet doctor shows the offset), use a wider window, or lower the latency budget.',
      },
    )
  }
  return ts
}
