import type { Tolerance } from '../clock/types'

/**
 * A timestamp inside a window around the server's time at arrival (Binance, Bybit, OKX, KuCoin, Gate.io): the
 * runtime passes `SignOptions.timestamp`, chosen from the server clock.
 */
export type TimestampFreshness = {
  kind: 'timestamp'
  /** The window for a client-chosen window length (when the exchange has one), in ms. */
  tolerance(windowMs?: number): Tolerance
  /** The window length used when the caller chooses none, in ms; undefined where the window is fixed. */
  defaultWindowMs: number | undefined
  /** Granularity of the timestamps the signer writes, in ms (1000 for second timestamps). */
  resolutionMs: number
}

/**
 * A nonce per API key (Kraken: strictly increasing; Hyperliquid: inside a window and unique among the recent
 * ones): the runtime passes `SignOptions.nonce`, allocated by a `NonceSource` anchored to server-aligned time.
 */
export type NonceFreshness = {
  kind: 'nonce'
  /** `increasing`: above every nonce the key used before; `unique-recent`: not among the key's recent ones. */
  ordering: 'increasing' | 'unique-recent'
  /** How many nonce units make one millisecond of server time (1 for ms nonces, 1000 for µs). */
  unitsPerMs: number
  /** When the exchange also checks the nonce against its clock, the window (in ms of server time). */
  tolerance?: Tolerance | undefined
}

/**
 * A short-lived signed token per request (Coinbase JWT): the runtime passes `SignOptions.timestamp` (the token's
 * `nbf`), chosen from the server clock so the token is valid when it arrives.
 */
export type TokenFreshness = {
  kind: 'token'
  /** How long a token stays valid after its timestamp, in ms. */
  lifetimeMs: number
  /** The window the server applies to the token's timestamp, in ms. */
  tolerance(): Tolerance
  /** Granularity of the timestamps the signer writes, in ms (1000 for JWT `nbf`/`exp`). */
  resolutionMs: number
}

/** How an exchange keeps requests fresh, as data: the runtime supplies what the signer needs. */
export type Freshness = TimestampFreshness | NonceFreshness | TokenFreshness

/** Allocates nonces for API keys: strictly increasing per key, never below server-aligned time. */
export type NonceSource = {
  /** The next nonce for `key` (decimal digits as a bigint), above every nonce this source gave `key` before. */
  next(key: string): Promise<bigint>
  /** Records a nonce the exchange reported as already used (or the key's last one), so the next one is above it. */
  observe?(key: string, nonce: bigint): void | Promise<void>
}

/** Where a `NonceSource` keeps each key's high-water mark so that a restarted process never goes below it. */
export type NonceStore = {
  /** The highest nonce recorded for `key`, or undefined when none was. */
  load(key: string): bigint | undefined | Promise<bigint | undefined>
  /** Records `nonce` as the highest for `key`; resolves once it would survive a restart. */
  save(key: string, nonce: bigint): void | Promise<void>
}

/**
 * Runs the signed requests of one key one at a time across every process that shares the key (a lease in a shared
 * store), from allocating the nonce to the answer: the exchange checks nonces in arrival order, and requests from
 * several hosts overtake each other on the way.
 */
export type NonceOrder = {
  /** Runs `send` once no other process runs one for `key`; resolves or rejects with it. */
  run<T>(key: string, send: () => Promise<T>): Promise<T>
}
