import { InvalidParameterError, type NonceOrder, type NonceSource } from '@signet/core'
import type { Redis } from 'ioredis'
import { heldLeases, LeaseLostError } from './_leases'
import { nonceScript } from './_nonceScript'
import { runScript, whenReady } from './_runScript'
import { connectionGeneration, redisKey, sleep } from './_shared'
import { RedisUnavailableError } from './errors'

/** Options of `createRedisNonceSource`. */
export type CreateRedisNonceSourceOptions = {
  /** An ioredis client; give it `enableOfflineQueue: false` and a small `maxRetriesPerRequest` to fail fast. */
  redis: Redis
  /** Server-aligned epoch ms (`clock.now()` of the exchange's server clock). */
  now: () => number
  /** Nonce units per millisecond (1 for ms nonces, 1000 for µs); at most 1000 so values stay exact in Lua. @default 1 */
  unitsPerMs?: number | undefined
  /** How far a burst may run ahead of server-aligned time before allocations wait, in ms. @default 1000 */
  maxLeadMs?: number | undefined
  /** Bound on how far two processes' server-aligned clocks disagree, in ms. @default 500 */
  clockSpreadMs?: number | undefined
  /** Prefix of every Redis key this source writes. @default 'signet:' */
  prefix?: string | undefined
  /** Deadline of one Redis call, in ms. @default 500 */
  timeoutMs?: number | undefined
  /** How long `next()` keeps retrying while Redis is unreachable before throwing `RedisUnavailableError`, in ms. @default 10000 */
  unavailableWaitMs?: number | undefined
  /**
   * The `createRedisNonceOrder` the key's sends run under: a nonce is then allocated only while this process still
   * holds the key's lease (and the lease is renewed for its full leaseMs), so a holder whose lease ended during a
   * Redis pause never sends a nonce below one another process already sent. @default none (nonces are not tied to a lease)
   */
  order?: NonceOrder | undefined
}

/**
 * Creates a `NonceSource` shared by every process and machine on one Redis: each nonce comes from one atomic
 * script as max(server-aligned time, last + 1), so nonces never repeat or decrease across processes, and after a
 * restart or FLUSHALL allocation resumes above every earlier nonce (anchored to server-aligned time). While Redis
 * is unreachable, `next()` waits for it (never allocating alone, which could repeat another process's nonce).
 *
 * @example
 * const nonces = createRedisNonceSource({ redis: new Redis(url, { enableOfflineQueue: false }), now: () => clock.now() })
 * const nonce = await nonces.next('kraken-key-id') // 1764490000000n
 */
export function createRedisNonceSource(options: CreateRedisNonceSourceOptions): NonceSource {
  const {
    redis,
    now,
    unitsPerMs = 1,
    maxLeadMs = 1000,
    clockSpreadMs = 500,
    prefix = 'signet:',
    timeoutMs = 500,
    unavailableWaitMs = 10_000,
  } = options
  if (!(Number.isInteger(unitsPerMs) && unitsPerMs >= 1 && unitsPerMs <= 1000)) {
    throw new InvalidParameterError('unitsPerMs', 'an integer from 1 (ms) to 1000 (µs)', String(unitsPerMs))
  }
  const leases = options.order ? heldLeases.get(options.order) : undefined
  if (options.order && !leases) {
    throw new InvalidParameterError('order', 'an order made by createRedisNonceOrder', 'another NonceOrder')
  }
  const generation = connectionGeneration(redis)
  const lead = maxLeadMs * unitsPerMs
  const spread = clockSpreadMs * unitsPerMs
  type KeyState = { floor: bigint; observed: bigint; generation: number }
  const states = new Map<string, KeyState>()
  const stateOf = (key: string): KeyState => {
    let state = states.get(key)
    if (!state) {
      state = { floor: 0n, observed: 0n, generation: generation() }
      states.set(key, state)
    }
    return state
  }

  const allocate = async (key: string): Promise<bigint> => {
    const name = redisKey(prefix, 'nonce', key)
    const state = stateOf(key)
    const startedAt = Date.now()
    for (;;) {
      // After the client is ready, so that a reconnection in progress counts as one (the mark is then suspect).
      await whenReady(redis, timeoutMs)
      const anchor = Math.floor(now() * unitsPerMs)
      const seen = generation()
      // Outside a run of the order (a caller that does not order its sends), nothing is tied to a lease.
      const held = leases?.get(key)
      let reply: unknown
      try {
        reply = await runScript(
          redis,
          nonceScript,
          held ? [name, held.lease] : [name],
          [
            anchor,
            state.floor.toString(),
            state.observed.toString(),
            lead,
            spread,
            state.generation === seen ? '0' : '1',
            ...(held ? [held.token, held.leaseMs] : []),
          ],
          timeoutMs,
        )
      } catch (error) {
        if (Date.now() - startedAt >= unavailableWaitMs) throw unavailable(error, unavailableWaitMs)
        await sleep(Math.min(250, timeoutMs))
        continue
      }
      // The script ran: a suspect mark has been raised, so the next call (after a wait) is an ordinary one.
      state.generation = seen
      const [text, wait] = reply as [string, string | undefined]
      if (text === '' && wait === 'lost')
        throw new LeaseLostError('the lease of the key ended before its nonce')
      if (text === '') {
        await sleep(Math.max(1, Math.ceil(Number(wait) / unitsPerMs)))
        continue
      }
      const nonce = BigInt(text)
      if (nonce > state.floor) state.floor = nonce
      return nonce
    }
  }

  return {
    next: allocate,
    observe(key, nonce) {
      const state = stateOf(key)
      if (nonce > state.floor) state.floor = nonce
      if (nonce > state.observed) state.observed = nonce
    },
  }
}

function unavailable(cause: unknown, waitedMs: number): RedisUnavailableError {
  return new RedisUnavailableError(`Redis did not allocate a nonce within ${waitedMs} ms`, {
    cause,
    hint: "Check that Redis is reachable; nonces are never allocated without it, because a local guess could repeat another process's nonce.",
  })
}
