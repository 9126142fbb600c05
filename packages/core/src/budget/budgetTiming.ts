import { InvalidParameterError } from '../errors/input'
import type { BudgetAnswer, BudgetCharge, BudgetReservation } from './types'

/** How far the exchange's time at arrival may be from the time a cost was reserved, in ms. */
export type ArrivalSpan = {
  /** How far the server-aligned clock may run ahead of the exchange's (its uncertainty bound). */
  earlyMs: number
  /** Upper bound on reserve-to-arrival time plus the clock's uncertainty. */
  lateMs: number
}

/**
 * The fixed windows (as indices of `intervalMs` on the exchange's clock) a request reserved at `at` may arrive in:
 * one, or two near a boundary, and the request counts in each, because the exchange counts it where it arrives.
 *
 * @example
 * arrivalWindows(59_990, 60_000, { earlyMs: 20, lateMs: 100 }) // [0, 1]
 */
export function arrivalWindows(at: number, intervalMs: number, span: ArrivalSpan): number[] {
  for (const [name, value] of [
    ['at', at],
    ['intervalMs', intervalMs],
    ['earlyMs', span.earlyMs],
    ['lateMs', span.lateMs],
  ] as const) {
    if (!Number.isFinite(value) || (name === 'intervalMs' && value <= 0)) {
      throw new InvalidParameterError(name, 'a finite number of ms', String(value))
    }
  }
  const first = Math.floor((at - span.earlyMs) / intervalMs)
  const last = Math.floor((at + span.lateMs) / intervalMs)
  const windows: number[] = []
  for (let w = first; w <= last; w++) windows.push(w)
  return windows
}

/**
 * The one fixed window a usage report of `reservation` belongs to, or undefined near a boundary, where it may belong
 * to either: judged as unsure as the clock was when reserving or is now, whichever is wider, so a report of a full
 * previous window never fills the next one because the clock grew surer in between.
 *
 * @example
 * reportWindow({ at: 60_050, sendBy: 60_100, charges: [], span: { earlyMs: 100, lateMs: 100 } }, 60_000, { earlyMs: 5, lateMs: 5 }) // undefined
 */
export function reportWindow(
  reservation: BudgetReservation,
  intervalMs: number,
  current: ArrivalSpan,
): number | undefined {
  const then = reservation.span ?? current
  const windows = arrivalWindows(reservation.at, intervalMs, {
    earlyMs: Math.max(then.earlyMs, current.earlyMs),
    lateMs: Math.max(then.lateMs, current.lateMs),
  })
  return windows.length === 1 ? windows[0] : undefined
}

/**
 * The fixed windows `reservation` counted in that its request cannot have reached: those that began after its
 * answer came (`answeredAt`, server-aligned epoch ms), judged with the wider early margin of then and now.
 *
 * @example
 * unreachedWindows({ at: 59_900, sendBy: 59_975, charges: [], span: { earlyMs: 20, lateMs: 150 } }, 60_000, 59_950, { earlyMs: 20, lateMs: 150 }) // [1]
 */
export function unreachedWindows(
  reservation: BudgetReservation,
  intervalMs: number,
  answeredAt: number,
  current: ArrivalSpan,
): number[] {
  const then = reservation.span ?? current
  const first = Math.floor((reservation.at - then.earlyMs) / intervalMs)
  const last = Math.floor((reservation.at + then.lateMs) / intervalMs)
  // The exchange answered after the request arrived, and its clock read at most earlyMs more than ours then. Only
  // windows the reservation counted in: after the clock stepped back, the answer may read as before the reservation.
  const reached = Math.floor((answeredAt + Math.max(then.earlyMs, current.earlyMs)) / intervalMs)
  const windows: number[] = []
  for (let w = Math.max(reached + 1, first + 1); w <= last; w++) windows.push(w)
  return windows
}

const header = (headers: Readonly<Record<string, string>>, name: string | undefined): number | undefined => {
  if (!name) return undefined
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) {
      const n = Number(value)
      return Number.isFinite(n) ? n : undefined
    }
  }
  return undefined
}

/**
 * The usage of a charged bucket that the exchange reported on an answer: its `used` header (Binance
 * `X-MBX-USED-WEIGHT-1M`), or `limit − remaining` (Bybit `X-Bapi-Limit`, `X-Bapi-Limit-Status`); undefined when
 * the answer reports neither.
 */
export function reportedUsage(
  charge: BudgetCharge,
  headers: Readonly<Record<string, string>>,
): number | undefined {
  const h = charge.bucket.headers
  if (!h) return undefined
  const used = header(headers, h.used)
  if (used !== undefined) return used
  const remaining = header(headers, h.remaining)
  if (remaining === undefined) return undefined
  return (header(headers, h.limit) ?? charge.limit) - remaining
}

/**
 * How long everyone backs off after a rate-limit rejection, in ms: the exchange's `Retry-After`, else the reset
 * time a charged bucket's headers report, else `fallbackMs`.
 */
export function rejectionBackoffMs(
  charges: readonly BudgetCharge[],
  answer: BudgetAnswer,
  now: number,
  fallbackMs = 1000,
): number {
  if (answer.retryAfterMs !== undefined && answer.retryAfterMs > 0) return answer.retryAfterMs
  let reset: number | undefined
  for (const charge of charges) {
    const at = header(answer.headers, charge.bucket.headers?.resetAt)
    const inMs = header(answer.headers, charge.bucket.headers?.resetIn)
    const ms = at !== undefined ? at - now : inMs
    if (ms !== undefined && ms > 0 && (reset === undefined || ms > reset)) reset = ms
  }
  return reset ?? fallbackMs
}
