import type { BudgetRequest, RateBudget, RateLimits } from '@signet/core'
import { RateLimitError } from '@signet/core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createRedisBudget, RedisUnavailableError } from '../src/index'
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

const rejection = { status: 429, code: '-1003', message: 'Too much request weight used' }
const limits: RateLimits = {
  source: 'test',
  buckets: [
    {
      id: 'weight',
      scope: 'ip',
      intervalMs: 1000,
      limit: 12,
      window: 'fixed',
      headers: { used: 'X-Used' },
      rejection,
    },
    {
      id: 'orders',
      scope: 'account',
      intervalMs: 500,
      limit: 4,
      window: 'rolling',
      defaultWeight: 0,
      rejection,
    },
  ],
  endpoints: [
    { method: 'GET', path: '/account', weights: { weight: 1 } },
    { method: 'POST', path: '/order', weights: { weight: 1, orders: 1 } },
  ],
}
const account: BudgetRequest = { method: 'GET', path: '/account' }
const order: BudgetRequest = { method: 'POST', path: '/order' }

/** Budgets playing processes whose server-aligned clocks agree within 2 ms. */
async function fleet(size: number, extra: Partial<Parameters<typeof createRedisBudget>[0]> = {}) {
  return Promise.all(
    Array.from({ length: size }, async (_, i) =>
      createRedisBudget({
        redis: await server.client(),
        limits,
        now: () => Date.now() + (i % 2 ? 1 : -1),
        scopes: { ip: 'egress-1', account: 'uid-1' },
        fleetSize: size,
        earlyMs: 5,
        lateMs: 5,
        timeoutMs: 150,
        probeMs: 200,
        ...extra,
      }),
    ),
  )
}

/**
 * Every process sends as fast as its budget allows for `ms` (waiting in the budget, or, with `pollMs`, failing
 * fast and asking again every `pollMs`, as a polling bot does); returns the time each one was let go.
 */
async function drive(
  budgets: RateBudget[],
  request: BudgetRequest,
  ms: number,
  during?: () => Promise<void>,
  pollMs?: number,
) {
  const sent: number[] = []
  const until = Date.now() + ms
  await Promise.all([
    ...budgets.map(async (budget) => {
      while (Date.now() < until) {
        const reservation =
          pollMs === undefined
            ? await budget.reserve(request)
            : await budget
                .reserve(request, { maxWaitMs: 0 })
                .catch((error) => (error instanceof RateLimitError ? undefined : Promise.reject(error)))
        if (!reservation) {
          await new Promise((r) => setTimeout(r, pollMs))
          continue
        }
        // When the budget let it go: the test's requests arrive at once.
        if (Date.now() < until) sent.push(reservation.at)
      }
    }),
    during?.(),
  ])
  return sent
}

const perFixedWindow = (sent: number[], interval: number) => {
  const counts = new Map<number, number>()
  for (const t of sent) counts.set(Math.floor(t / interval), (counts.get(Math.floor(t / interval)) ?? 0) + 1)
  return [...counts.values()]
}
const maxRolling = (sent: number[], interval: number) =>
  Math.max(...sent.map((t) => sent.filter((u) => u > t - interval && u <= t).length))

describe('createRedisBudget', () => {
  test('default: four processes share one fixed window; together they use it fully and never exceed it', async () => {
    const sent = await drive(await fleet(4), account, 2600)
    for (const used of perFixedWindow(sent, 1000)) expect(used).toBeLessThanOrEqual(12)
    // 2.6 s of 12 per second (the edges of windows count twice, so a little less).
    expect(sent.length).toBeGreaterThanOrEqual(24)
  })

  test('behavior: a rolling window is shared too', async () => {
    const sent = await drive(await fleet(3), order, 1600)
    expect(maxRolling(sent, 500)).toBeLessThanOrEqual(4)
    expect(sent.length).toBeGreaterThanOrEqual(10)
  })

  test('behavior: counters expire with their window, so a killed process leaks nothing beyond it', async () => {
    const [a, b] = await fleet(2)
    for (let i = 0; i < 12; i++) await a!.reserve(account)
    // `a` dies here without settling anything.
    const redis = await server.client()
    const keys = (await redis.keys('*')).filter((k) => !k.endsWith(':epoch'))
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      const ttl = await redis.pttl(key)
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(2000)
    }
    const startedAt = Date.now()
    await b!.reserve(account)
    expect(Date.now() - startedAt).toBeLessThanOrEqual(1100)
  })

  test('error: fail fast with RateLimitError when the caller will not wait', async () => {
    const [a, b] = await fleet(2)
    for (let i = 0; i < 12; i++) await a!.reserve(account)
    const error = await b!.reserve(account, { maxWaitMs: 0 }).catch((e) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.retryAfterMs).toBeGreaterThan(0)
    expect(error.retryAfterMs).toBeLessThanOrEqual(1010)
  })

  test('behavior: one process answered 429 with Retry-After: every process backs off', async () => {
    const [a, b] = await fleet(2)
    const reservation = await a!.reserve(account)
    await a!.settle(reservation, { status: 429, headers: {}, rateLimited: true, retryAfterMs: 700 })
    const startedAt = Date.now()
    await b!.reserve(account)
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(650)
  })

  test('behavior: usage the exchange reports raises the shared counter', async () => {
    const [a, b] = await fleet(2)
    // Reserve early in a window so the report belongs to exactly one window.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20))
    const reservation = await a!.reserve(account)
    await a!.settle(reservation, { status: 200, headers: { 'x-used': '11' }, rateLimited: false })
    await b!.reserve(account, { maxWaitMs: 0 })
    await expect(b!.reserve(account, { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
  })

  test('behavior: a usage report is not put in a window the reservation was not sure of (the clock grew surer in between)', async () => {
    let uncertainty = 100
    const budget = createRedisBudget({
      redis: await server.client(),
      limits,
      now: () => Date.now(),
      uncertaintyMs: () => uncertainty,
      scopes: { ip: 'egress-1', account: 'uid-1' },
      fleetSize: 1,
      earlyMs: 5,
      lateMs: 5,
      timeoutMs: 150,
    })
    // 20 ms into a window, 105 ms early margin: the request may arrive in this window or the one before.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20))
    const reservation = await budget.reserve(account)
    // The clock is surer now; the exchange's report (the previous window, full) must not fill this one.
    uncertainty = 0
    await budget.settle(reservation, { status: 200, headers: { 'x-used': '12' }, rateLimited: false })
    await expect(budget.reserve(account, { maxWaitMs: 0 })).resolves.toMatchObject({
      charges: expect.any(Array),
    })
  })

  test('behavior: Redis unreachable: each process takes 1/N, the window in progress counts as used, no window is exceeded, and it returns to Redis', async () => {
    const budgets = await fleet(4)
    let frozenAt = 0
    const sent = await drive(
      budgets,
      account,
      3500,
      async () => {
        await new Promise((r) => setTimeout(r, 700))
        frozenAt = Date.now()
        await server.freeze(1500)
      },
      40,
    )
    for (const used of perFixedWindow(sent, 1000)) expect(used).toBeLessThanOrEqual(12)
    // Sending went on during the outage (1/4 of 12 per window per process, from the next window on) ...
    const during = sent.filter((t) => t > Math.ceil(frozenAt / 1000) * 1000 && t < frozenAt + 1500)
    expect(during.length).toBeGreaterThan(0)
    // ... and after it.
    expect(sent.filter((t) => t > frozenAt + 2000).length).toBeGreaterThan(0)
  })

  test('behavior: FLUSHALL mid-window: what the lost counters held counts as used, no window is exceeded', async () => {
    const budgets = await fleet(4)
    const sent = await drive(
      budgets,
      account,
      2500,
      async () => {
        await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 300))
        await (await server.client()).flushall()
      },
      40,
    )
    for (const used of perFixedWindow(sent, 1000)) expect(used).toBeLessThanOrEqual(12)
    expect(sent.length).toBeGreaterThanOrEqual(18)
  })

  test('behavior: a process that learns of lost counters after their windows ended does not pause (a fleet serialised by a nonce lease would otherwise pause once per process)', async () => {
    const [a, b] = await fleet(2)
    await a!.reserve(account)
    await b!.reserve(account)
    await (await server.client()).flushall()
    // `a` is the first to touch Redis after the loss: the windows then open are distrusted, and it waits for them.
    await a!.reserve(account)
    await new Promise((r) => setTimeout(r, 1100))
    // `b` learns of the same loss only now, after those windows ended: nothing of the lost counters can still count.
    await expect(b!.reserve(account, { maxWaitMs: 0 })).resolves.toMatchObject({ charges: expect.any(Array) })
  })

  test('behavior: Redis restarted mid-window (data lost): no window is exceeded and the fleet recovers', async () => {
    const budgets = await fleet(4)
    let restartedAt = 0
    const sent = await drive(
      budgets,
      account,
      3000,
      async () => {
        await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 300))
        await server.restart()
        restartedAt = Date.now()
      },
      40,
    )
    for (const used of perFixedWindow(sent, 1000)) expect(used).toBeLessThanOrEqual(12)
    expect(sent.filter((t) => t > restartedAt + 1000).length).toBeGreaterThan(0)
  })

  test("error: onUnavailable 'fail' throws RedisUnavailableError instead of guessing", async () => {
    const [a] = await fleet(1, { onUnavailable: 'fail' })
    await a!.reserve(account)
    const frozen = server.freeze(600)
    await expect(a!.reserve(account)).rejects.toBeInstanceOf(RedisUnavailableError)
    await frozen
  })
})

/** A rolling window alone, so that no fixed window's distrust hides when a process trusts Redis again. */
const rollingOnly: RateLimits = {
  source: 'test-rolling',
  buckets: [{ id: 'orders', scope: 'account', intervalMs: 500, limit: 4, window: 'rolling', rejection }],
  endpoints: [{ method: 'POST', path: '/order', weights: { orders: 1 } }],
}

/** A client whose next EVALSHA is held until `release` resolves: a call held up in the process or the network. */
async function holdingClient() {
  const redis = await server.client()
  const evalsha = redis.evalsha.bind(redis) as (...args: unknown[]) => Promise<unknown>
  let held: Promise<void> | undefined
  let ran: () => void = () => {}
  const answered = new Promise<void>((resolve) => {
    ran = resolve
  })
  ;(redis as unknown as { evalsha: (...args: unknown[]) => Promise<unknown> }).evalsha = async (...args) => {
    const wait = held
    held = undefined
    if (!wait) return evalsha(...args)
    await wait
    try {
      return await evalsha(...args)
    } finally {
      ran()
    }
  }
  const hold = (release: Promise<void>) => {
    held = release
  }
  return { redis, hold, answered }
}

/** Two processes on the rolling window only; `a`'s client can hold one call. */
async function heldPair(timeoutMs: number) {
  const held = await holdingClient()
  const common = {
    limits: rollingOnly,
    now: () => Date.now(),
    scopes: { ip: 'egress-1', account: 'uid-1' },
    fleetSize: 2,
    earlyMs: 5,
    lateMs: 5,
    probeMs: 200,
  }
  const a = createRedisBudget({ ...common, redis: held.redis, timeoutMs })
  const b = createRedisBudget({ ...common, redis: await server.client(), timeoutMs: 150 })
  // Both learn the epoch, then the window empties again.
  await a.reserve(order)
  await b.reserve(order)
  await new Promise((r) => setTimeout(r, 600))
  /**
   * Holds `a`'s next call, lets `a` read its clock and call, then has `b` take the whole rolling window (the
   * exchange counts those four for the next 500 ms); `release` lets the held call go on.
   */
  async function holdAThenFill() {
    const sent: number[] = []
    const t0 = Date.now()
    let release: () => void = () => {}
    held.hold(new Promise((resolve) => (release = resolve)))
    const first = a.reserve(order).then(() => sent.push(Date.now()))
    await new Promise((r) => setTimeout(r, 80))
    for (let i = 0; i < 4; i++) {
      await b.reserve(order)
      sent.push(Date.now())
    }
    return { sent, t0, first, release }
  }
  return { b, held, holdAThenFill }
}

describe('createRedisBudget: when the trouble began', () => {
  test('behavior: a call held up across a FLUSHALL: no process trusts Redis again while the exchange still counts requests from before the loss', async () => {
    const { b, held, holdAThenFill } = await heldPair(2000)
    // `a` reads its clock now, but its script runs only after the FLUSHALL.
    const { sent, t0, first, release } = await holdAThenFill()
    await (await server.client()).flushall()
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + 300 - Date.now())))
    release()
    await held.answered
    // `b` learns of the loss from the epoch `a` made, a little later, asking as a polling bot does.
    await new Promise((r) => setTimeout(r, 100))
    const until = Date.now() + 700
    while (Date.now() < until) {
      const reservation = await b
        .reserve(order, { maxWaitMs: 0 })
        .catch((error) => (error instanceof RateLimitError ? undefined : Promise.reject(error)))
      if (reservation) sent.push(Date.now())
      else await new Promise((r) => setTimeout(r, 10))
    }
    await first
    sent.sort((x, y) => x - y)
    expect(maxRolling(sent, 500), `sent at ${sent.map((t) => t - t0)} ms`).toBeLessThanOrEqual(4)
    // Both sent again after the window ended.
    expect(sent.length).toBeGreaterThanOrEqual(6)
  })

  test('behavior: a call held up until Redis froze: the local share counts the window open when the call failed, not when it was made, as used', async () => {
    // `a`'s call times out 400 ms after it reads its clock: after `b` has sent, even on a busy machine.
    const { holdAThenFill } = await heldPair(400)
    // `a` reads its clock now; its call reaches a frozen Redis and times out.
    const { sent, t0, first, release } = await holdAThenFill()
    const frozen = server.freeze(1500)
    release()
    await first
    await frozen
    sent.sort((x, y) => x - y)
    expect(maxRolling(sent, 500), `sent at ${sent.map((t) => t - t0)} ms`).toBeLessThanOrEqual(4)
  })
})

describe('createRedisBudget: windows released by answers', () => {
  /** Two processes on a virtual clock each, 20 ms late margin, so a request 15 ms before a boundary counts in both. */
  async function pair() {
    const clocks = { a: 5_000_000_985, b: 5_000_000_985 }
    const common = {
      limits,
      scopes: { ip: 'egress-1', account: 'uid-1' },
      fleetSize: 2,
      earlyMs: 5,
      lateMs: 20,
      timeoutMs: 500,
    }
    const a = createRedisBudget({ ...common, redis: await server.client(), now: () => clocks.a })
    const b = createRedisBudget({ ...common, redis: await server.client(), now: () => clocks.b })
    return { a, b, clocks }
  }
  const ok = { status: 200, headers: {}, rateLimited: false }
  const fits = async (budget: RateBudget, n: number) => {
    for (let i = 0; i < n; i++) await budget.reserve(account, { maxWaitMs: 0 })
    await expect(budget.reserve(account, { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
  }

  /** `a` fills both windows; its answers come at `answeredAt` (after `between`); then `b` reserves after the boundary. */
  async function fillThenAnswer(
    { a, clocks }: Awaited<ReturnType<typeof pair>>,
    answeredAt: number,
    between?: () => Promise<unknown>,
  ) {
    const reservations = []
    for (let i = 0; i < 12; i++) reservations.push(await a.reserve(account))
    await between?.()
    clocks.a = answeredAt
    for (const r of reservations) await a.settle(r, ok)
    clocks.b = 5_000_001_010
  }

  test('behavior: requests answered before the next window began stop counting in it, for every process', async () => {
    const fleet = await pair()
    await fillThenAnswer(fleet, 5_000_000_988) // + earlyMs: still before the boundary
    await fits(fleet.b, 12)
  })

  test('behavior: an answer within earlyMs of the boundary releases nothing', async () => {
    const fleet = await pair()
    await fillThenAnswer(fleet, 5_000_000_996)
    await fits(fleet.b, 0)
  })

  test('behavior: after the counters were lost (FLUSHALL) an older reservation releases nothing from the new ones', async () => {
    const fleet = await pair()
    await fillThenAnswer(fleet, 5_000_000_988, async () => {
      await (await server.client()).flushall()
      await fleet.b.reserve(account) // in the new counters: 1 in each window
    })
    await fits(fleet.b, 11)
  })

  test('behavior: a release never takes a window below the usage the exchange reported (a late settle after a report)', async () => {
    const { a, b, clocks } = await pair()
    const early = await a.reserve(account) // 1 in both windows
    clocks.b = 5_000_001_010
    const late = await b.reserve(account) // 2 in the second
    await b.settle(late, { ...ok, headers: { 'x-used': '11' } })
    // a's settle ran after b's report (a slow process), on a clock that reads before the boundary.
    clocks.a = 5_000_000_988
    await a.settle(early, ok)
    await fits(b, 1)
  })
})
