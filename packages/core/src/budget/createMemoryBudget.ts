import { RateLimitError } from '../errors/exchange'
import { InvalidParameterError } from '../errors/input'
import type { RateLimits } from '../rate/types'
import { waitFor } from './_waitFor'
import { budgetCharges } from './budgetCharges'
import {
  type ArrivalSpan,
  arrivalWindows,
  rejectionBackoffMs,
  reportedUsage,
  reportWindow,
  unreachedWindows,
} from './budgetTiming'
import type { BudgetCharge, BudgetReservation, BudgetScopes, RateBudget, ReserveOptions } from './types'

/** Options of `createMemoryBudget`. */
export type CreateMemoryBudgetOptions = {
  /** The exchange's limits (`binanceRateLimits`, ...), scaled with `scaleRateLimits` where needed. */
  limits: RateLimits
  /** Server-aligned epoch ms (`clock.now()`): windows follow the exchange's clock. */
  now: () => number
  /** Parties the buckets count. @default { ip: 'local', account: 'local', key: 'local' } */
  scopes?: BudgetScopes | undefined
  /** Fraction of each limit this budget may use (rounded down): 1/N of a fleet of N. @default 1 */
  share?: number | undefined
  /** How far the server-aligned clock may be ahead of the exchange's, in ms. @default 50 */
  earlyMs?: number | undefined
  /** Upper bound on the time from reserving to arrival at the exchange, in ms. @default 250 */
  lateMs?: number | undefined
  /** The clock's current uncertainty (`clock.status().uncertaintyMs`), added to both margins, in ms. @default () => 0 */
  uncertaintyMs?: (() => number) | undefined
  /** Raise counters to the usage the exchange reports in headers. @default true */
  reconcile?: boolean | undefined
  /** Exchange id, for errors. */
  exchange?: string | undefined
}

/** The in-process budget, plus `reserveCharges` and `occupy` for budgets built on it (such as Redis's local share). */
export type MemoryBudget = RateBudget & {
  /** Reserves the given charges (of `label`, for errors) as `reserve` does. */
  reserveCharges(
    charges: readonly BudgetCharge[],
    label: string,
    options?: ReserveOptions,
  ): Promise<BudgetReservation>
  /** Raises the counter of `charge` to `used` in every window a request reserved at `at` may arrive in. */
  occupy(charge: BudgetCharge, at: number, used: number): void
}

type Event = { t: number; w: number }

/**
 * Creates the in-process rate budget, the default of every client: fixed windows on the exchange's clock (a
 * request near a boundary counts in both windows it may arrive in, until an answer before the later one began shows
 * it arrived in the earlier), rolling windows widened by the arrival span,
 * one back-off for everyone after a rejection, and counters raised to the usage the exchange reports.
 *
 * @example
 * const budget = createMemoryBudget({ limits: binanceRateLimits, now: () => clock.now() })
 * const reservation = await budget.reserve({ method: 'GET', path: '/api/v3/account' })
 */
export function createMemoryBudget(options: CreateMemoryBudgetOptions): MemoryBudget {
  const {
    limits,
    now,
    scopes = { ip: 'local', account: 'local', key: 'local' },
    share = 1,
    earlyMs = 50,
    lateMs = 250,
    uncertaintyMs = () => 0,
    reconcile = true,
    exchange,
  } = options
  if (!(share > 0 && share <= 1))
    throw new InvalidParameterError('share', 'a fraction in (0, 1]', String(share))
  const span = (): ArrivalSpan => {
    // An unsynced clock has no bound yet: its reading is used as is, and the client renews the reservation once synced.
    const u = uncertaintyMs()
    const extra = Number.isFinite(u) && u > 0 ? u : 0
    return { earlyMs: earlyMs + extra, lateMs: lateMs + extra }
  }
  const fixed = new Map<string, number>()
  /** Per fixed window, the usage the exchange reported (or a caller occupied): releasing never goes below it. */
  const floors = new Map<string, number>()
  /** Reservations this budget counted: only their charges are released. */
  const own = new WeakSet<BudgetReservation>()
  const rolling = new Map<string, Event[]>()
  let blockedUntil = Number.NEGATIVE_INFINITY
  const limitOf = (charge: BudgetCharge) => Math.floor(charge.limit * share)

  const prune = (at: number) => {
    for (const key of fixed.keys()) {
      const [counter, w] = splitKey(key)
      const interval = intervalOf(counter)
      if ((w + 1) * interval < at - span().earlyMs - interval) {
        fixed.delete(key)
        floors.delete(key)
      }
    }
  }
  const intervals = new Map(limits.buckets.map((b) => [b.id, b.intervalMs]))
  const intervalOf = (counter: string) => intervals.get(counter.slice(0, counter.indexOf('|'))) ?? 0

  /** ms to wait until every charge fits at `at`, or 0 when they fit now. */
  const waitNeeded = (charges: readonly BudgetCharge[], at: number): number => {
    let wait = Math.max(0, blockedUntil - at)
    const margins = span()
    for (const charge of charges) {
      const limit = limitOf(charge)
      const interval = charge.bucket.intervalMs
      if (charge.bucket.window === 'fixed') {
        for (const w of arrivalWindows(at, interval, margins)) {
          if ((fixed.get(`${charge.counter}#${w}`) ?? 0) + charge.weight > limit) {
            wait = Math.max(wait, (w + 1) * interval + margins.earlyMs - at)
          }
        }
      } else {
        const width = interval + margins.earlyMs + margins.lateMs
        const events = (rolling.get(charge.counter) ?? []).filter((e) => e.t > at - width)
        events.sort((a, b) => a.t - b.t)
        rolling.set(charge.counter, events)
        let used = events.reduce((sum, e) => sum + e.w, 0)
        for (const e of events) {
          if (used + charge.weight <= limit) break
          used -= e.w
          wait = Math.max(wait, e.t + width - at + 1)
        }
      }
    }
    return wait
  }

  const record = (charge: BudgetCharge, at: number, weight: number) => {
    if (charge.bucket.window === 'fixed') {
      for (const w of arrivalWindows(at, charge.bucket.intervalMs, span())) {
        const key = `${charge.counter}#${w}`
        fixed.set(key, (fixed.get(key) ?? 0) + weight)
      }
    } else {
      const events = rolling.get(charge.counter) ?? []
      events.push({ t: at, w: weight })
      rolling.set(charge.counter, events)
    }
  }

  const occupy = (charge: BudgetCharge, at: number, used: number) => {
    if (charge.bucket.window === 'fixed') {
      for (const w of arrivalWindows(at, charge.bucket.intervalMs, span())) {
        const key = `${charge.counter}#${w}`
        fixed.set(key, Math.max(fixed.get(key) ?? 0, used))
        floors.set(key, Math.max(floors.get(key) ?? 0, used))
      }
      return
    }
    const { earlyMs: early, lateMs: late } = span()
    const width = charge.bucket.intervalMs + early + late
    const counted = (rolling.get(charge.counter) ?? [])
      .filter((e) => e.t > at - width)
      .reduce((sum, e) => sum + e.w, 0)
    if (used > counted) record(charge, at, used - counted)
  }

  /** Takes a reservation's charges out of the windows that began after its answer came: it arrived before them. */
  const release = (reservation: BudgetReservation, answeredAt: number, current: ArrivalSpan) => {
    for (const charge of reservation.charges) {
      if (charge.bucket.window !== 'fixed') continue
      for (const w of unreachedWindows(reservation, charge.bucket.intervalMs, answeredAt, current)) {
        const key = `${charge.counter}#${w}`
        const count = fixed.get(key)
        if (count !== undefined) fixed.set(key, Math.max(count - charge.weight, floors.get(key) ?? 0, 0))
      }
    }
  }

  const reserveCharges = async (
    charges: readonly BudgetCharge[],
    label: string,
    reserveOptions: ReserveOptions = {},
  ): Promise<BudgetReservation> => {
    const { maxWaitMs = Number.POSITIVE_INFINITY, signal } = reserveOptions
    for (const charge of charges) {
      if (charge.weight > limitOf(charge)) throw tooHeavy(charge, limitOf(charge), label, exchange)
    }
    const startedAt = now()
    for (;;) {
      const at = now()
      prune(at)
      const wait = waitNeeded(charges, at)
      if (wait <= 0) {
        for (const charge of charges) record(charge, at, charge.weight)
        // Half the late margin for getting the request out, half for its trip to the exchange.
        const reservation: BudgetReservation = { at, sendBy: at + lateMs / 2, charges, span: span() }
        own.add(reservation)
        return reservation
      }
      if (at + wait - startedAt > maxWaitMs) throw noRoom(charges, wait, label, exchange)
      await waitFor(wait, signal)
    }
  }

  return {
    reserve(request, reserveOptions) {
      return reserveCharges(
        budgetCharges(limits, scopes, request),
        `${request.method} ${request.path}`,
        reserveOptions,
      )
    },
    reserveCharges,
    settle(reservation, answer) {
      const at = now()
      if (answer.rateLimited) {
        blockedUntil = Math.max(blockedUntil, at + rejectionBackoffMs(reservation.charges, answer, at))
      }
      // One reading of the clock's uncertainty for the whole answer: it is read on every request.
      const current = span()
      if (own.has(reservation)) release(reservation, at, current)
      if (!reconcile) return
      for (const charge of reservation.charges) {
        const used = reportedUsage(charge, answer.headers)
        if (used === undefined) continue
        // Near a boundary the report may belong to either window: raise neither rather than guess.
        if (
          charge.bucket.window === 'fixed' &&
          reportWindow(reservation, charge.bucket.intervalMs, current) === undefined
        )
          continue
        occupy(charge, reservation.at, used)
      }
    },
    occupy,
  }
}

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf('#')
  return [key.slice(0, at), Number(key.slice(at + 1))]
}

function tooHeavy(charge: BudgetCharge, limit: number, label: string, exchange: string | undefined) {
  return new RateLimitError(
    `Rate budget: ${label} weighs ${charge.weight} in ${charge.bucket.id}, more than its whole limit of ${limit}`,
    {
      exchange,
      request: label,
      hint: 'This request can never fit this share of the limit; raise the share or split the request.',
    },
  )
}

function noRoom(
  charges: readonly BudgetCharge[],
  waitMs: number,
  label: string,
  exchange: string | undefined,
) {
  const ids = charges.map((c) => c.bucket.id).join(', ')
  return new RateLimitError(
    `Rate budget: no room for ${label} in ${ids} for another ${Math.ceil(waitMs)} ms`,
    {
      exchange,
      request: label,
      retryAfterMs: Math.ceil(waitMs),
      hint: 'Not sent. Wait retryAfterMs, or raise maxWaitMs to let the budget wait for room.',
    },
  )
}
