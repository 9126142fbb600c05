import { InvalidParameterError } from '../errors/input'
import { describeEpochMs, isPlausibleEpochMs } from './plausibleEpochMs'

/**
 * The clock/signer contract in one function: a timestamp is server-aligned epoch milliseconds, any finite number
 * with 13 digits (a server clock's `now()` is fractional); the signer floors it to its resolution (1 ms, or 1000
 * for exchanges that write seconds), so it is never rounded ahead of the server. Anything else (0, seconds,
 * microseconds, text) is an `InvalidParameterError` naming the field and the likely unit.
 *
 * @example
 * checkTimestamp(clock.now()) // 1700000000123 for 1700000000123.75
 */
export function checkTimestamp(value: unknown, field = 'timestamp', resolutionMs = 1): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidParameterError(field, 'epoch milliseconds as a finite number', describeEpochMs(value))
  }
  if (!isPlausibleEpochMs(value)) {
    // The default hint ("change timestamp to epoch milliseconds (13 digits)") stays out of the message.
    throw new InvalidParameterError(field, 'epoch milliseconds (13 digits)', describeEpochMs(value))
  }
  return Math.floor(value / resolutionMs) * resolutionMs
}
