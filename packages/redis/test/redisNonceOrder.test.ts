import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { redisKey } from '../src/_shared'
import { createRedisNonceOrder, createRedisNonceSource } from '../src/index'
import { type RedisServer, startRedisServer } from './_redisServer'

let server: RedisServer
beforeAll(async () => {
  server = await startRedisServer()
})
afterAll(async () => {
  await server?.stop()
})

describe('createRedisNonceOrder', () => {
  test('default: sends of one key from several processes never overlap', async () => {
    const orders = await Promise.all(
      [0, 1, 2, 3].map(async () => createRedisNonceOrder({ redis: await server.client() })),
    )
    let inFlight = 0
    let most = 0
    let sent = 0
    await Promise.all(
      orders.flatMap((order) =>
        Array.from({ length: 10 }, () =>
          order.run('kraken:key', async () => {
            inFlight++
            most = Math.max(most, inFlight)
            await new Promise((r) => setTimeout(r, 2))
            inFlight--
            sent++
          }),
        ),
      ),
    )
    expect(sent).toBe(40)
    expect(most).toBe(1)
  })

  test('behavior: other keys do not wait, and a failed send gives the lease back', async () => {
    const order = createRedisNonceOrder({ redis: await server.client() })
    let release: () => void = () => {}
    const holding = order.run('a', () => new Promise<void>((r) => (release = r)))
    await new Promise((r) => setTimeout(r, 20))
    await order.run('b', async () => undefined)
    release()
    await holding
    await expect(order.run('a', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    const startedAt = Date.now()
    await order.run('a', async () => undefined)
    expect(Date.now() - startedAt).toBeLessThan(400)
  })

  test('behavior: a live holder keeps its lease past leaseMs (a long budget wait or a slow answer)', async () => {
    const holder = createRedisNonceOrder({ redis: await server.client(), leaseMs: 200 })
    const other = createRedisNonceOrder({ redis: await server.client(), leaseMs: 200 })
    const events: string[] = []
    const slow = holder.run('slow', async () => {
      events.push('holder starts')
      await new Promise((r) => setTimeout(r, 700))
      events.push('holder ends')
    })
    await new Promise((r) => setTimeout(r, 20))
    await other.run('slow', async () => {
      events.push('other runs')
    })
    await slow
    expect(events).toEqual(['holder starts', 'holder ends', 'other runs'])
  })

  test('behavior: a lease whose holder died expires after leaseMs', async () => {
    const redis = await server.client()
    const dead = createRedisNonceOrder({ redis, leaseMs: 300 })
    // The holder never finishes and, like a killed process, can no longer reach Redis to renew its lease.
    void dead.run('k', () => new Promise(() => {})).catch(() => undefined)
    await new Promise((r) => setTimeout(r, 20))
    redis.disconnect()
    const startedAt = Date.now()
    await createRedisNonceOrder({ redis: await server.client(), leaseMs: 300 }).run(
      'k',
      async () => undefined,
    )
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250)
  })

  test('behavior: a lease granted to an attempt whose answer timed out (Redis paused) is used, not left to expire', async () => {
    const redis = await server.client()
    // Someone holds the key's lease for 300 ms; Redis then pauses for 1 s, so the lease ends during the pause and
    // the waiting process's acquire attempts, timed out on its side, run only when Redis resumes.
    const waiting = createRedisNonceOrder({ redis, leaseMs: 3000, timeoutMs: 200 })
    const lease = redisKey('signet:', 'order', 'stuck')
    await redis.set(lease, 'someone-else', 'PX', 300)
    const pause = server.freeze(1000)
    await new Promise((r) => setTimeout(r, 50))
    const ran = waiting.run('stuck', async () => Date.now())
    await pause
    const resumedAt = Date.now()
    // Without using that grant, the process would wait out its own lease (3 s) before it could send.
    expect((await ran) - resumedAt).toBeLessThan(1000)
  }, 10_000)

  test('behavior: a holder whose lease ended (Redis paused past leaseMs) gets no nonce; its send runs again under a new lease', async () => {
    const redis = await server.client()
    const order = createRedisNonceOrder({ redis, leaseMs: 3000 })
    const nonces = createRedisNonceSource({
      redis,
      now: () => Date.now(),
      order,
      maxLeadMs: 50,
      clockSpreadMs: 10,
    })
    const lease = redisKey('signet:', 'order', 'kraken:lost')
    const attempts: string[] = []
    const nonce = await order.run('kraken:lost', async () => {
      attempts.push('send')
      // The first time, the lease ends before the nonce is allocated, as when Redis was paused past leaseMs and
      // another process may hold it now: a nonce allocated now could reach the exchange after a higher one.
      if (attempts.length === 1) await redis.del(lease)
      return nonces.next('kraken:lost')
    })
    expect(attempts).toEqual(['send', 'send'])
    expect(typeof nonce).toBe('bigint')
  })
})
