import {
  type Clock,
  ClockUncertainError,
  chooseTimestamp,
  createNonceSource,
  type ExchangeDefinition,
  type NonceOrder,
  type NonceSource,
  type SignOptions,
  timestampWindow,
} from '@signet/core'
import type { ClientHooks } from './types'

/**
 * Gives the sign stage what keeps one attempt fresh: `(windowMs, request) => SignOptions` with the timestamp or nonce;
 * `now` gives them without waiting when it can (a timestamp the synced clock vouches for), else undefined.
 */
export type Freshness = ((windowMs: number | undefined, request: string) => Promise<SignOptions>) & {
  now?: ((windowMs: number | undefined, request: string) => SignOptions | undefined) | undefined
}

/** The hint of a nonce refused again after a retry with a fresh one: the key is used elsewhere. @internal */
export const SHARED_KEY_HINT =
  "The exchange refused a fresh nonce from this client's NonceSource, which only goes up: another process or program uses this API key with higher nonces. Give each process its own key, or share one NonceSource among them (createNonceSource with one store, or @signet/redis)."

// The default sources, one per exchange and API key in this process: clients made for the same key (a doctor run
// and a bot, a client per task) share it, so they never send the same or a lower nonce.
const processSources = new Map<string, NonceSource>()

function processSource(key: string, now: () => number, unitsPerMs: number): NonceSource {
  let source = processSources.get(key)
  if (!source) {
    // Anchored to the clock of the first client made for the key.
    source = createNonceSource({ now, unitsPerMs })
    processSources.set(key, source)
  }
  return source
}

// The tail of each increasing-nonce key's queue of signed requests in this process.
const queues = new Map<string, Promise<void>>()

/**
 * Runs the signed requests of an increasing-nonce key (Kraken) one at a time, from signing to the answer, across
 * this process's clients: the exchange refuses a nonce that arrives after a higher one, and concurrent requests
 * can overtake each other on the way; with `shared`, one at a time across processes as well. Undefined (no queue) for
 * other exchanges and when `concurrent` is set.
 * @internal
 */
export function createNonceOrder(
  exchange: ExchangeDefinition,
  apiKey: string | undefined,
  concurrent: boolean | undefined,
  shared?: NonceOrder | undefined,
): (<T>(run: () => Promise<T>) => Promise<T>) | undefined {
  const { freshness } = exchange
  if (freshness.kind !== 'nonce' || freshness.ordering !== 'increasing' || concurrent) return undefined
  const key = `${exchange.id}:${apiKey ?? ''}`
  return <T>(run: () => Promise<T>) => {
    // Across processes too, when the key is shared (`@signet/redis`'s createRedisNonceOrder).
    const send = shared ? () => shared.run(key, run) : run
    const result = (queues.get(key) ?? Promise.resolve()).then(send)
    const done = result.then(
      () => {},
      () => {},
    )
    queues.set(key, done)
    // Forget a queue that drained, so keys used once do not stay in memory.
    done.then(() => {
      if (queues.get(key) === done) queues.delete(key)
    })
    return result
  }
}

/** Where nonces come from: the caller's source, or this process's source for the key. */
export type NonceOptions = { source?: NonceSource | undefined; apiKey?: string | undefined }

/**
 * The freshness stage: a timestamp the clock can vouch for inside the exchange's window, syncing first when the
 * clock is not synced and once more when the uncertainty is too large; `ClockUncertainError` before sending
 * otherwise. Where the exchange's freshness is a nonce, the next nonce for the signer's key from the `NonceSource`
 * (anchored to the same clock, so a restart never goes backwards). The client's own stage, exported for signing
 * services that choose freshness themselves (`@signet/agent`).
 *
 * @example
 * const fresh = createFreshness(binance, clock, 1000, {})
 * const options = await fresh(5000, 'POST /api/v3/order') // { timestamp, windowMs: 5000 }
 */
export function createFreshness(
  exchange: ExchangeDefinition,
  clock: Clock,
  latencyBudgetMs: number,
  hooks: ClientHooks,
  nonces: NonceOptions = {},
): Freshness {
  const { freshness } = exchange
  // One key per exchange and API key: a source shared by several clients keeps their nonces apart.
  const key = `${exchange.id}:${nonces.apiKey ?? ''}`
  const source =
    freshness.kind === 'nonce'
      ? (nonces.source ?? processSource(key, () => clock.now(), freshness.unitsPerMs))
      : undefined
  const now = source ? undefined : createFreshnessNow(exchange, clock, latencyBudgetMs)
  const fresh = async (windowMs: number | undefined, request: string): Promise<SignOptions> => {
    const ready = now?.(windowMs, request)
    if (ready) return ready
    const window = source ? undefined : timestampWindow(freshness, windowMs)
    if (!source && !window) return { windowMs }
    const state = clock.status().state
    if (state !== 'synced') {
      const status = await clock.sync()
      hooks.onResync?.({ type: 'resync', reason: state, status })
    }
    if (source) {
      const nonce = await source.next(key)
      // A nonce the exchange also checks against its clock carries the timestamp it was anchored to.
      return { timestamp: Math.floor(clock.now()), nonce, windowMs }
    }
    const { tolerance, resolutionMs } = window!
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
  return Object.assign(fresh, { now })
}

/**
 * The freshness stage's path that needs no waiting: the timestamp options when the exchange's freshness is a
 * timestamp and the synced clock can vouch for one at once; undefined when the full stage must run (a nonce, a clock
 * to sync, an uncertainty to shrink first). The client signs with it synchronously on most attempts. @internal
 */
export function createFreshnessNow(
  exchange: ExchangeDefinition,
  clock: Clock,
  latencyBudgetMs: number,
): (windowMs: number | undefined, request: string) => SignOptions | undefined {
  const { freshness } = exchange
  return (windowMs, request) => {
    if (freshness.kind === 'nonce') return undefined
    const window = timestampWindow(freshness, windowMs)
    if (!window) return { windowMs }
    const status = clock.status()
    if (status.state !== 'synced') return undefined
    try {
      const timestamp = chooseTimestamp({
        now: clock.now(),
        uncertaintyMs: status.uncertaintyMs,
        tolerance: window.tolerance,
        latencyMs: latencyBudgetMs,
        resolutionMs: window.resolutionMs,
        exchange: exchange.id,
        request,
      })
      return { timestamp, windowMs }
    } catch (error) {
      if (error instanceof ClockUncertainError) return undefined
      throw error
    }
  }
}
