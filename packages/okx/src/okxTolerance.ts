import { InvalidParameterError, type Tolerance } from '@signet/core'

/** OKX rejects a timestamp more than 30 s from its clock, either way (spec okx.md §4), in ms. */
export const OKX_TIMESTAMP_WINDOW_MS = 30_000

/**
 * OKX's timestamp window in core's terms (`server - behindMs <= timestamp < server + aheadMs`): 30 s either way,
 * narrowed behind to `windowMs` when the signer sends it as the `expTime` deadline.
 *
 * @example
 * okxTolerance() // { aheadMs: 30001, behindMs: 30000 }
 */
export function okxTolerance(windowMs?: number): Tolerance {
  // "differs from server time by more than 30 seconds" is rejected, so |timestamp - server| <= 30000 is
  // accepted: the inclusive behind bound is 30000 and the exclusive ahead bound 30001 (spec okx.md §4).
  const aheadMs = OKX_TIMESTAMP_WINDOW_MS + 1
  if (windowMs === undefined) return { aheadMs, behindMs: OKX_TIMESTAMP_WINDOW_MS }
  if (typeof windowMs !== 'number' || !Number.isSafeInteger(windowMs) || windowMs <= 0) {
    throw new InvalidParameterError('windowMs', 'a positive integer number of ms', String(windowMs))
  }
  // expTime = timestamp + windowMs; OKX drops the request once its clock is past expTime (50036/50037,
  // spec okx.md §4), so it is accepted while server <= timestamp + windowMs.
  return { aheadMs, behindMs: Math.min(OKX_TIMESTAMP_WINDOW_MS, windowMs) }
}
