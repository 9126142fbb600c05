import {
  type Clock,
  ClockUncertainError,
  chooseTimestamp,
  type ExchangeDefinition,
  type SignOptions,
  timestampWindow,
} from '@signet/core'
import type { ClientHooks } from './types'

/** Gives the sign stage what keeps one attempt fresh. @internal */
export type Freshness = (windowMs: number | undefined, request: string) => Promise<SignOptions>

/**
 * The freshness stage: a timestamp the clock can vouch for inside the exchange's window, syncing first when the
 * clock is not synced and once more when the uncertainty is too large; `ClockUncertainError` before sending
 * otherwise. @internal
 */
export function createFreshness(
  exchange: ExchangeDefinition,
  clock: Clock,
  latencyBudgetMs: number,
  hooks: ClientHooks,
): Freshness {
  return async (windowMs, request) => {
    const window = timestampWindow(exchange.freshness, windowMs)
    if (!window) return { windowMs }
    const { tolerance, resolutionMs } = window
    const state = clock.status().state
    if (state !== 'synced') {
      const status = await clock.sync()
      hooks.onResync?.({ type: 'resync', reason: state, status })
    }
    const choose = () =>
      chooseTimestamp({
        now: clock.now(),
        uncertaintyMs: clock.status().uncertaintyMs,
        tolerance,
        latencyMs: latencyBudgetMs,
        resolutionMs,
        exchange: exchange.id,
        request,
      })
    try {
      return { timestamp: choose(), windowMs }
    } catch (error) {
      if (!(error instanceof ClockUncertainError)) throw error
      // One fresh measurement may shrink the uncertainty; if not, refuse before sending.
      const status = await clock.sync()
      hooks.onResync?.({ type: 'resync', reason: 'uncertain', status })
      return { timestamp: choose(), windowMs }
    }
  }
}
