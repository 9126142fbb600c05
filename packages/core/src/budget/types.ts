import type { RateBucket } from '../rate/types'
import type { HttpMethod, SecurityLevel } from '../request/types'
import type { ArrivalSpan } from './budgetTiming'

/** Who this budget counts for: the id of each party a bucket may be scoped to; buckets whose party has no id are not counted. */
export type BudgetScopes = {
  /** The egress IP (or a name for it) that IP-scoped buckets count. */
  ip?: string | undefined
  /** The account (UID) that account-scoped buckets count. */
  account?: string | undefined
  /** The API key that key-scoped buckets count. */
  key?: string | undefined
}

/** The request whose cost is reserved: what selects its endpoint weights. */
export type BudgetRequest = {
  method: HttpMethod
  /** Path without host or query, as sent. */
  path: string
  /** The request's parameters as text (some weights depend on whether one is present). */
  params?: Readonly<Record<string, string>> | undefined
  /** `none` (no key sent) counts in IP-scoped buckets only. @default 'signed' */
  security?: SecurityLevel | undefined
}

/** How long a caller accepts to wait for room in the budget. */
export type ReserveOptions = {
  /** Longest wait for room, in ms; 0 fails fast with `RateLimitError`. @default Infinity */
  maxWaitMs?: number | undefined
  /** Aborts the wait. */
  signal?: AbortSignal | undefined
}

/** What the exchange answered to a request whose cost was reserved. */
export type BudgetAnswer = {
  status: number
  headers: Readonly<Record<string, string>>
  /** The answer is a rate-limit rejection or ban (429, 418, Bybit 10006, OKX 50011): everyone backs off. */
  rateLimited: boolean
  /** How long the exchange asked to wait (`Retry-After`), in ms. */
  retryAfterMs?: number | undefined
}

/** One reserved cost, returned by `reserve` and handed back to `settle` with the exchange's answer. */
export type BudgetReservation = {
  /** Server-aligned epoch ms at which the cost was reserved. */
  at: number
  /** Server-aligned epoch ms after which the reservation may no longer cover a send (it may arrive too late): reserve again. */
  sendBy: number
  /** The buckets counted, with the weight and (scaled) limit of each. */
  charges: readonly BudgetCharge[]
  /** How early or late the request may reach the exchange, as the budget judged it when reserving, in ms. */
  span?: ArrivalSpan | undefined
}

/** The cost a request puts on one bucket counter. */
export type BudgetCharge = {
  bucket: RateBucket
  /** Counter id: bucket, party and (for per-endpoint buckets) endpoint. */
  counter: string
  weight: number
  limit: number
}

/**
 * A rate budget shared by everything that sends with one set of limits: reserves a request's cost in every bucket
 * it counts against before it is sent (waiting for room, or failing fast), reconciles with the usage the exchange
 * reports, and backs everyone off after a rejection. Windows follow the exchange's server-aligned clock.
 */
export type RateBudget = {
  /** Resolves once the request's cost is reserved in every bucket; rejects with `RateLimitError` if that takes longer than `maxWaitMs`. */
  reserve(request: BudgetRequest, options?: ReserveOptions): Promise<BudgetReservation>
  /** Reconciles with the exchange's answer to a reserved request: reported usage, room in windows the request cannot have reached, and back-off after a rejection. */
  settle(reservation: BudgetReservation, answer: BudgetAnswer): void | Promise<void>
}
