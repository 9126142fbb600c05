import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'

/** One row of __Name__'s error table. */
export type __Name__ErrorEntry = {
  kind: ErrorKind
  /** HTTP status __Name__ answers with. */
  status: number
  /** The message __Name__ sends. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

// TODO(new-exchange): the error table as data, one row per code, with the doc section each comes from: at least
// bad signature, timestamp out of window, unknown/invalid key, passphrase (if any), permission, IP whitelist and
// rate limit. Say which HTTP statuses you saw in real answers and which you assumed.

/** __Name__'s error codes as data: kind, HTTP status, wire message and hint. */
export const __name__Errors: Readonly<Record<string, __Name__ErrorEntry>> = {}

/**
 * Classifies a __Name__ answer: undefined for success, otherwise the cause; never throws, also for HTML or empty
 * bodies.
 *
 * @example
 * classify__Name__Error({ status: 401, headers: {}, body: '...' })?.kind // 'invalid-signature'
 */
export function classify__Name__Error(_response: ExchangeResponse): ClassifiedError | undefined {
  // TODO(new-exchange): read the exchange's code/label, look it up in __name__Errors, and fall back on the HTTP
  // status (429, 418, 5xx) for bodies that are not the exchange's JSON.
  throw new Error('TODO(new-exchange): implement classify__Name__Error in src/errors.ts')
}
