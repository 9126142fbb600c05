import type { HttpMethod } from '../request/types'

/** Who shares a bucket: every request from one IP, one account (UID, sub-accounts apart) or one API key. */
export type RateScope = 'ip' | 'account' | 'key'

/**
 * How a bucket's window moves: `fixed` windows are aligned to multiples of the interval on the exchange's clock
 * (Binance's minute), `rolling` windows end at the request (Bybit's "per second"), `from-first` windows start at
 * the first request after the previous one ended (KuCoin's 30 s pools), and `decay` is a counter that refuses past
 * `limit` and drains `limit` per `intervalMs` continuously (Kraken's API counter: 15, minus 0.33 per second).
 * Budgets may count a `decay` bucket as a rolling window of `intervalMs`, which never lets the counter overflow.
 */
export type RateWindow = 'fixed' | 'rolling' | 'from-first' | 'decay'

/** Response headers that report a bucket's state; each names one header. */
export type RateHeaders = {
  /** Weight or count used in the current window (Binance `X-MBX-USED-WEIGHT-1M`). */
  used?: string | undefined
  /** What is left in the current window (Bybit `X-Bapi-Limit-Status`). */
  remaining?: string | undefined
  /** The bucket's limit (Bybit `X-Bapi-Limit`). */
  limit?: string | undefined
  /** When the window resets, epoch ms (Bybit `X-Bapi-Limit-Reset-Timestamp`). */
  resetAt?: string | undefined
  /** When the window resets, ms from now (KuCoin `gw-ratelimit-reset`). */
  resetIn?: string | undefined
}

/** The exchange's answer when a bucket or ban rejects a request. */
export type RateRejection = {
  /** HTTP status (Binance 429, Bybit 200 with retCode 10006). */
  status: number
  /** The exchange's error code, as text. */
  code: string
  /** The exchange's message. */
  message: string
  /** Whether a `Retry-After` header (seconds) comes with it. @default false */
  retryAfter?: boolean | undefined
}

/** One limit: `limit` units of weight per `intervalMs`, counted per `scope` (and per endpoint when `perEndpoint`). */
export type RateBucket = {
  /** Stable id, referenced by `RateEndpoint.weights` (e.g. `request-weight`, `orders-10s`). */
  id: string
  scope: RateScope
  /** Each endpoint has its own counter (Bybit, OKX, Gate.io), with the endpoint's own limit where it sets one. @default false */
  perEndpoint?: boolean | undefined
  /** Window length, in ms. */
  intervalMs: number
  /** Weight allowed per window (the lowest tier where limits depend on VIP level). */
  limit: number
  window: RateWindow
  /** Weight of a request to an endpoint `endpoints` does not list; 0 means such requests do not count. @default 1 */
  defaultWeight?: number | undefined
  /** Headers that report this bucket on answers of requests it counted. */
  headers?: RateHeaders | undefined
  rejection: RateRejection
}

/** The cost of one endpoint, per bucket id, and its own limits in `perEndpoint` buckets. */
export type RateEndpoint = {
  method: HttpMethod
  /** Path as the exchange documents it; `{name}` stands for one path segment (an id). */
  path: string
  /** Weight per bucket id; a bucket it omits takes its `defaultWeight`. */
  weights: Readonly<Record<string, number>>
  /** This endpoint's limit per bucket id, for `perEndpoint` buckets. */
  limits?: Readonly<Record<string, number>> | undefined
  /** Weights instead of `weights` when the named parameter is absent (Binance open orders without `symbol`). */
  without?: { param: string; weights: Readonly<Record<string, number>> } | undefined
  /**
   * Weights instead of `weights` chosen by the value of a body or query parameter (Hyperliquid's `POST /info` costs 2
   * or 20 by its `type`); a value `weights` here does not list takes the endpoint's `weights`.
   */
  by?: { param: string; weights: Readonly<Record<string, Readonly<Record<string, number>>>> } | undefined
}

/** Bans for clients that keep sending after a rejection (Binance's 418, "from 2 minutes to 3 days"). */
export type RateBan = RateRejection & {
  scope: RateScope
  /** Duration of the first ban, in ms. */
  minMs: number
  /** Longest ban, in ms; repeat offenders' bans grow up to it. */
  maxMs: number
}

/** An exchange's rate limits as data, cited to its docs: what a budget, the emulator and Redis all build on. */
export type RateLimits = {
  buckets: readonly RateBucket[]
  endpoints: readonly RateEndpoint[]
  ban?: RateBan | undefined
  /** The documentation the numbers come from. */
  source: string
}
