import { randomUUID } from 'node:crypto'
import type { NonceOrder } from '@signet/core'
import type { Redis } from 'ioredis'
import { type HeldLease, heldLeases, LeaseLostError } from './_leases'
import { acquireScript, releaseScript, renewScript } from './_orderScripts'
import { runScript } from './_runScript'
import { redisKey, sleep } from './_shared'
import { RedisUnavailableError } from './errors'

/** Options of `createRedisNonceOrder`. */
export type CreateRedisNonceOrderOptions = {
  /** An ioredis client; give it `enableOfflineQueue: false` and a small `maxRetriesPerRequest` to fail fast. */
  redis: Redis
  /** How long a lease lasts if its holder never gives it back (a killed process), in ms; above the client's timeout. @default 15000 */
  leaseMs?: number | undefined
  /** How often a waiting process asks for the lease again, in ms. @default 5 */
  pollMs?: number | undefined
  /** Prefix of every Redis key this order writes. @default 'signet:' */
  prefix?: string | undefined
  /** Deadline of one Redis call, in ms. @default 500 */
  timeoutMs?: number | undefined
  /** How long `run` keeps trying while Redis is unreachable before throwing `RedisUnavailableError`, in ms. @default 10000 */
  unavailableWaitMs?: number | undefined
}

/**
 * Creates a `NonceOrder` on Redis: a lease per key, taken before the nonce is allocated and given back once the
 * answer is in, so the signed requests of a key shared by several processes reach the exchange in nonce order
 * (Kraken refuses a nonce that arrives after a higher one). A live holder renews its lease; a killed holder's lease expires after `leaseMs`.
 *
 * @example
 * const client = createClient({ exchange: kraken, signer, nonceSource, nonceOrder: createRedisNonceOrder({ redis }) })
 */
export function createRedisNonceOrder(options: CreateRedisNonceOrderOptions): NonceOrder {
  const {
    redis,
    leaseMs = 15_000,
    pollMs = 5,
    prefix = 'signet:',
    timeoutMs = 500,
    unavailableWaitMs = 10_000,
  } = options
  const held = new Map<string, HeldLease>()
  const order: NonceOrder = {
    async run(key, send) {
      // A send whose lease ended before its nonce was allocated (LeaseLostError) sent nothing: take the lease again.
      for (let lost = 0; ; lost++) {
        try {
          return await runOnce(key, send)
        } catch (error) {
          if (!(error instanceof LeaseLostError)) throw error
          if (lost >= 10) {
            throw new RedisUnavailableError(
              `Redis let the send order's lease of a key end ${lost + 1} times before its nonce was allocated`,
              {
                cause: error,
                hint: 'Redis is pausing for longer than leaseMs (a slow disk, a blocked server); raise leaseMs or fix the pauses.',
              },
            )
          }
        }
      }
    },
  }
  heldLeases.set(order, held)
  return order

  async function runOnce<T>(key: string, send: () => Promise<T>): Promise<T> {
    const lease = redisKey(prefix, 'order', key)
    const token = randomUUID()
    let unreachableSince: number | undefined
    for (;;) {
      try {
        if ((await runScript(redis, acquireScript, [lease], [token, leaseMs], timeoutMs)) === 1) break
        unreachableSince = undefined
      } catch (error) {
        unreachableSince ??= Date.now()
        if (Date.now() - unreachableSince >= unavailableWaitMs) {
          // An attempt that timed out may still have been granted the lease: give it back once Redis answers.
          runScript(redis, releaseScript, [lease], [token], timeoutMs).catch(() => undefined)
          throw new RedisUnavailableError(
            `Redis did not grant the send order of a key within ${unavailableWaitMs} ms`,
            {
              cause: error,
              hint: 'Check that Redis is reachable; without the lease, requests from several processes could reach the exchange out of nonce order.',
            },
          )
        }
      }
      await sleep(pollMs)
    }
    // The holder renews its lease while its request is in flight (a budget wait, a slow answer): only a holder
    // that died lets it expire, so two live processes never send the key's requests out of nonce order.
    const heartbeat = setInterval(
      () => {
        runScript(redis, renewScript, [lease], [token, leaseMs], timeoutMs).catch(() => undefined)
      },
      Math.max(10, Math.floor(leaseMs / 3)),
    )
    heartbeat.unref()
    held.set(key, { lease, token, leaseMs })
    try {
      return await send()
    } finally {
      held.delete(key)
      clearInterval(heartbeat)
      // Best effort: an unreachable Redis lets the lease expire instead.
      await runScript(redis, releaseScript, [lease], [token], timeoutMs).catch(() => undefined)
    }
  }
}
