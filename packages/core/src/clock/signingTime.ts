import { InvalidParameterError } from '../errors/input'
import { checkTimestamp } from './checkTimestamp'

/** Resolves the timestamp of one signing call: the per-call `timestamp` when given, else the signer's `now()`. */
export type SigningTime = (timestamp: unknown, field?: string, resolutionMs?: number) => number

/**
 * Checks a signer's `now` option (always a function returning epoch ms, e.g. `clock.now`) once, and returns the
 * resolver every signer uses per call: `SignOptions.timestamp` wins when given, else `now()`; either is checked
 * and floored by `checkTimestamp`.
 *
 * @example
 * const time = signingTime(parameters.now) // at construction
 * const ms = time(options.timestamp)        // per call
 */
// Date.now is read at each call (not captured at construction), so fake timers and spies set later apply.
export function signingTime(now: (() => number) | undefined = () => Date.now()): SigningTime {
  if (typeof now !== 'function') {
    throw new InvalidParameterError(
      'now',
      'a function returning server-aligned epoch ms (e.g. clock.now)',
      now === null ? 'null' : typeof now,
      {
        hint: 'Pass a per-call timestamp as sign(intent, { timestamp }) instead of a number at construction.',
      },
    )
  }
  return (timestamp, field = 'timestamp', resolutionMs = 1) =>
    checkTimestamp(timestamp === undefined ? now() : timestamp, field, resolutionMs)
}
