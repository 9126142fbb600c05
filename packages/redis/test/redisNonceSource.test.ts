import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createRedisNonceSource, RedisUnavailableError } from '../src/index'
import { type RedisServer, startRedisServer } from './_redisServer'

let server: RedisServer
beforeAll(async () => {
  server = await startRedisServer()
})
afterAll(async () => {
  await server?.stop()
})
beforeEach(async () => {
  await (await server.client()).flushall()
})

const highest = (values: bigint[]) => {
  let max = 0n
  for (const v of values) if (v > max) max = v
  return max
}
const strictlyIncreasing = (values: bigint[]) => values.every((v, i) => i === 0 || v > values[i - 1]!)

describe('createRedisNonceSource', () => {
  test('default: nonces start at server-aligned time and increase', async () => {
    const skew = 5_000
    const source = createRedisNonceSource({ redis: await server.client(), now: () => Date.now() + skew })
    const before = BigInt(Date.now() + skew)
    const a = await source.next('key-1')
    const b = await source.next('key-1')
    expect(a >= before).toBe(true)
    expect(b > a).toBe(true)
  })

  test('behavior: 8 clients with different clock skews never repeat, and each sees strictly increasing nonces', async () => {
    const skews = [-300, -200, -100, 0, 0, 100, 200, 300]
    const sources = await Promise.all(
      skews.map(async (skew) =>
        createRedisNonceSource({
          redis: await server.client(),
          now: () => Date.now() + skew,
          unitsPerMs: 1000,
        }),
      ),
    )
    const perClient = await Promise.all(
      sources.map(async (source) => {
        const mine: bigint[] = []
        for (let i = 0; i < 300; i++) mine.push(await source.next('shared'))
        return mine
      }),
    )
    for (const mine of perClient) expect(strictlyIncreasing(mine)).toBe(true)
    const all = perClient.flat()
    expect(new Set(all).size).toBe(all.length)
  })

  test('behavior: keys are independent and API keys never appear in Redis key names', async () => {
    const redis = await server.client()
    const source = createRedisNonceSource({ redis, now: () => Date.now() })
    await source.next('API-KEY-ONE')
    await source.next('API-KEY-TWO')
    const keys = await redis.keys('*')
    expect(keys).toHaveLength(2)
    expect(keys.join(' ')).not.toContain('API-KEY')
  })

  test('behavior: a burst waits once it is maxLeadMs ahead of server-aligned time, instead of running away', async () => {
    let t = 1_000_000
    const source = createRedisNonceSource({
      redis: await server.client(),
      now: () => t,
      maxLeadMs: 5,
      clockSpreadMs: 0,
    })
    const settledAfter = async (promise: Promise<bigint>, ms: number) => {
      let settled = false
      void promise.then(() => {
        settled = true
      })
      await new Promise((r) => setTimeout(r, ms))
      return settled
    }
    // A new key starts above anything that could exist (t + lead + spread) and waits for time to catch up.
    const first = source.next('k')
    expect(await settledAfter(first, 50)).toBe(false)
    t += 10
    expect(await first).toBe(1_000_010n)
    const burst: bigint[] = []
    for (let i = 0; i < 5; i++) burst.push(await source.next('k'))
    expect(burst).toEqual([1_000_011n, 1_000_012n, 1_000_013n, 1_000_014n, 1_000_015n])
    const sixth = source.next('k')
    expect(await settledAfter(sixth, 50)).toBe(false)
    t += 1
    expect(await sixth).toBe(1_000_016n)
  })

  test('behavior: after FLUSHALL the next nonce is above every earlier one, even after a burst ran ahead of time', async () => {
    const redis = await server.client()
    const a = createRedisNonceSource({ redis, now: () => Date.now() })
    const b = createRedisNonceSource({ redis: await server.client(), now: () => Date.now() })
    const earlier: bigint[] = []
    // ms nonces at far more than 1000/s: the mark runs ahead of the clock by up to maxLeadMs.
    await Promise.all(Array.from({ length: 600 }, async () => earlier.push(await a.next('k'))))
    await redis.flushall()
    const after = await b.next('k')
    const max = highest(earlier)
    expect(after > max).toBe(true)
  })

  test('behavior: after a Redis restart (data lost) every client resumes above every earlier nonce', async () => {
    const sources = await Promise.all(
      [0, 1, 2].map(async () =>
        createRedisNonceSource({ redis: await server.client(), now: () => Date.now() }),
      ),
    )
    const earlier: bigint[] = []
    await Promise.all(
      sources.map(async (s) => {
        for (let i = 0; i < 200; i++) earlier.push(await s.next('k'))
      }),
    )
    await server.restart()
    const max = highest(earlier)
    for (const s of sources) expect((await s.next('k')) > max).toBe(true)
  })

  test('behavior: after a restart from an older snapshot (the mark went back), a reconnected client still goes above every earlier nonce', async () => {
    const redis = await server.client()
    const a = createRedisNonceSource({ redis, now: () => Date.now() })
    const b = createRedisNonceSource({ redis: await server.client(), now: () => Date.now() })
    const first = await a.next('k')
    await b.next('k')
    const key = (await redis.keys('*'))[0]!
    const stale = (await redis.get(key))!
    // A burst runs the mark up to maxLeadMs ahead of the clock: the clock alone would not cover losing it.
    const earlier = await Promise.all(Array.from({ length: 300 }, () => a.next('k')))
    expect(highest(earlier) - first).toBeGreaterThan(200n)
    await server.restart()
    // The restarted server comes back with an old mark, as from an old RDB snapshot.
    await (await server.client()).set(key, stale)
    await new Promise((r) => setTimeout(r, 100))
    expect((await b.next('k')) > highest(earlier)).toBe(true)
  })

  test('behavior: while Redis is unreachable next() waits, then continues above every earlier nonce', async () => {
    const source = createRedisNonceSource({
      redis: await server.client(),
      now: () => Date.now(),
      timeoutMs: 200,
    })
    const before = await source.next('k')
    const frozen = server.freeze(1500)
    const startedAt = Date.now()
    const during = await source.next('k')
    await frozen
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1000)
    expect(during > before).toBe(true)
  })

  test('error: RedisUnavailableError once unavailableWaitMs has passed, never a locally guessed nonce', async () => {
    const source = createRedisNonceSource({
      redis: await server.client(),
      now: () => Date.now(),
      timeoutMs: 100,
      unavailableWaitMs: 300,
    })
    await source.next('k')
    const frozen = server.freeze(1000)
    await expect(source.next('k')).rejects.toBeInstanceOf(RedisUnavailableError)
    await frozen
  })

  test('behavior: observe() raises the floor above a nonce the exchange reported', async () => {
    const source = createRedisNonceSource({ redis: await server.client(), now: () => Date.now() })
    await source.next('k')
    source.observe?.('k', 9_000_000_000_000n)
    expect(await source.next('k')).toBe(9_000_000_000_001n)
  })

  test('error: unitsPerMs above 1000 is refused (values would not stay exact in Lua)', async () => {
    const redis = await server.client()
    expect(() => createRedisNonceSource({ redis, now: () => 0, unitsPerMs: 1_000_000 })).toThrow(/unitsPerMs/)
  })
})
