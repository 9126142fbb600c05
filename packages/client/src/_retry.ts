import type { ClassifiedError, HttpMethod } from '@signet/core'

/** Why an attempt is retried. @internal */
export type RetryReason = 'timestamp' | 'nonce' | 'network' | 'server-error'

/** Retries an attempt loop has used so far. @internal */
export type RetryState = { timestampRetried: boolean; transientRetries: number; nonceRetried?: boolean }

/**
 * The retry stage: decides whether an answer or a failure may be retried. Only what the exchange guarantees was
 * not executed (a freshness rejection, once, re-signed) or what cannot change state (a GET) is retried; an order
 * placement or cancellation never is. @internal
 */
export function retryReason(
  state: RetryState,
  method: HttpMethod,
  signed: boolean,
  getRetries: number,
  outcome: { classified: ClassifiedError; status: number } | { networkError: true; aborted: boolean },
): RetryReason | undefined {
  if ('networkError' in outcome) {
    return method === 'GET' && state.transientRetries < getRetries && !outcome.aborted ? 'network' : undefined
  }
  // The exchange guarantees a request rejected for its timestamp was not executed: resync, re-sign, retry once.
  // So does an authentication failure that may be a freshness one (Coinbase's bare 401 for an expired token).
  const freshness = outcome.classified.kind === 'timestamp' || outcome.classified.mayBeFreshness === true
  if (freshness && !state.timestampRetried && signed) return 'timestamp'
  // A refused nonce (Kraken EAPI:Invalid nonce) is rejected before execution: retry once with a fresh nonce.
  if (outcome.classified.kind === 'nonce' && !state.nonceRetried && signed) return 'nonce'
  if (outcome.status >= 500 && method === 'GET' && state.transientRetries < getRetries) return 'server-error'
  return undefined
}
