import type { ClassifiedError, Clock, HttpMethod } from '@signet/core'
import type { ClientHooks } from './types'

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

/** Takes a retry: tells the hook, counts it against its reason's limit, resyncs the clock after a timestamp rejection. @internal */
export type TakeRetry = (
  state: RetryState,
  reason: RetryReason,
  attempt: number,
  method: HttpMethod,
  url: () => string,
) => Promise<void>

/** The retry stage's bookkeeping for the attempt loop (`TakeRetry`). @internal */
export function createTakeRetry(hooks: ClientHooks, clock: Clock): TakeRetry {
  return async (state, reason, attempt, method, url) => {
    hooks.onRetry?.({ type: 'retry', attempt, method, url: url(), reason })
    if (reason === 'timestamp') {
      state.timestampRetried = true
      const status = await clock.sync()
      hooks.onResync?.({ type: 'resync', reason: 'timestamp-rejected', status })
    } else if (reason === 'nonce') state.nonceRetried = true
    else state.transientRetries++
  }
}
