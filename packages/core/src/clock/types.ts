/**
 * An exchange's timestamp window: a request is accepted when
 * `serverTimeAtArrival - behindMs <= timestamp < serverTimeAtArrival + aheadMs`.
 */
export type Tolerance = {
  /** How far the timestamp may be ahead of the server's clock, in ms (exclusive bound). */
  aheadMs: number
  /** How far the timestamp may be behind the server's clock at arrival, in ms (inclusive bound). */
  behindMs: number
}

/** `unsynced`: no sample yet; `synced`: estimate valid; `stale`: too old or the local clock jumped. */
export type ClockState = 'unsynced' | 'synced' | 'stale'

/** What a clock knows about the server's time, as data. */
export type ClockStatus = {
  /** Estimated server time minus local wall time, in ms. */
  offsetMs: number
  /** Bound on the error of `offsetMs` now, in ms (half the best round trip, grown with age); Infinity when unknown. */
  uncertaintyMs: number
  /** Assumed bound on the local clock's rate error, in parts per million. */
  driftPpm: number
  /** Local epoch ms of the last accepted sample, if any. */
  lastSyncAt: number | undefined
  /** Number of samples the estimate currently rests on. */
  samples: number
  /** Round trip of the best sample kept, in ms. */
  bestRttMs: number | undefined
  state: ClockState
}

/** A server time observed from an ordinary response (a header, a field of an error message). */
export type PassiveSample = {
  /** Server epoch ms read from the response. */
  serverTime: number
  /** The clock's `monotonicNow()` just before the request was sent. */
  sentAt: number
  /** The clock's `monotonicNow()` just after the response arrived. */
  receivedAt: number
  /** Resolution of `serverTime` in ms (1000 for an HTTP Date header). @default 1 */
  resolutionMs?: number
}

/**
 * A server time with the transport's own times for the request, for `createServerClock`'s `fetchServerTime`: when the
 * request went out on a connection already set up, and when the answer's head came back, on the clock's
 * `monotonicNow()` base; the clock uses them only inside the times it took itself around the call.
 */
export type ServerTimeAnswer = {
  /** Server epoch ms. */
  serverTime: number
  /** The clock's `monotonicNow()` when the request was handed to a connected socket (after any handshake). */
  sentAt?: number | undefined
  /** The clock's `monotonicNow()` when the answer's head arrived. */
  receivedAt?: number | undefined
}

/** A source of server-aligned time. */
export type Clock = {
  /** Server-aligned epoch ms (best estimate). */
  now(): number
  status(): ClockStatus
  /** Measures again; concurrent calls share one measurement. */
  sync(): Promise<ClockStatus>
  /** Adds a sample taken from an ordinary response. */
  observe(sample: PassiveSample): void
  /** The monotonic reading to pass as `sentAt`/`receivedAt` to `observe`, in ms. */
  monotonicNow(): number
  /** Stops any resync timer. */
  stop(): void
}
