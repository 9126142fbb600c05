import { InvalidParameterError } from '../errors/input'
import { describeType } from '../request/formatScalar'
import type { SignOptions } from './types'

/**
 * Checks the second argument of `sign`: undefined (no options) or a plain object; anything else (`null`, a
 * number, an array) is an `InvalidParameterError` before anything is signed.
 *
 * @example
 * const options = checkSignOptions(given)
 */
export function checkSignOptions<options extends SignOptions>(given: options | undefined): options {
  if (given === undefined) return {} as options
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidParameterError('options', 'an options object or undefined', describeType(given), {
      hint: 'Call sign(intent) or sign(intent, { timestamp: clock.now() }).',
    })
  }
  return given
}
