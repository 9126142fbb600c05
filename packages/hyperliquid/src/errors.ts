import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'

/** One row of Hyperliquid's error table. */
export type HyperliquidErrorEntry = {
  kind: ErrorKind
  /** HTTP status Hyperliquid answers with. */
  status: number
  /** The message Hyperliquid sends. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

// TODO(new-exchange): the error table as data, one row per code, with the doc section each comes from: at least
// bad signature, timestamp out of window, unknown/invalid key, passphrase (if any), permission, IP whitelist and
// rate limit. Say which HTTP statuses you saw in real answers and which you assumed.

/** Hyperliquid's error codes as data: kind, HTTP status, wire message and hint. */
export const hyperliquidErrors: Readonly<Record<string, HyperliquidErrorEntry>> = {}

/**
 * Classifies a Hyperliquid answer: undefined for success, otherwise the cause; never throws, also for HTML or empty
 * bodies.
 *
 * @example
 * classifyHyperliquidError({ status: 401, headers: {}, body: '...' })?.kind // 'invalid-signature'
 */
export function classifyHyperliquidError(_response: ExchangeResponse): ClassifiedError | undefined {
  // TODO(new-exchange): read the exchange's code/label, look it up in hyperliquidErrors, and fall back on the HTTP
  // status (429, 418, 5xx) for bodies that are not the exchange's JSON.
  throw new Error('TODO(new-exchange): implement classifyHyperliquidError in src/errors.ts')
}
