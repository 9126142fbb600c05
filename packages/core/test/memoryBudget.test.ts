import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  type BudgetRequest,
  type BudgetReservation,
  budgetCharges,
  createMemoryBudget,
  RateLimitError,
  type RateLimits,
  scaleRateLimits,
} from '../src/index'

const rejection = { status: 429, code: '-1003', message: 'Too much request weight used' }
const limits: RateLimits = {
  source: 'test',
  buckets: [
    {
      id: 'weight',
      scope: 'ip',
      intervalMs: 1000,
      limit: 10,
      window: 'fixed',
      headers: { used: 'X-Used-1S' },
      rejection,
    },
    {
      id: 'orders',
      scope: 'account',
      intervalMs: 1000,
      limit: 3,
      window: 'rolling',
      defaultWeight: 0,
      rejection,
    },
  ],
  endpoints: [
    { method: 'GET', path: '/account', weights: { weight: 2 } },
    { method: 'POST', path: '/order', weights: { weight: 1, orders: 1 } },
    {
      method: 'GET',
      path: '/orders',
      weights: { weight: 1 },
      without: { param: 'symbol', weights: { weight: 5 } },
    },
    { method: 'GET', path: '/order/{id}', weights: { weight: 3 } },
  ],
}
const get = (path: string, params?: Record<string, string>): BudgetRequest => ({
  method: 'GET',
  path,
  params,
})
const order: BudgetRequest = { method: 'POST', path: '/order' }

// A step of the properties below: ms since the last, the clock's error (≤ earlyMs) and the latency (≤ lateMs).
const stepOf = (maxGap: number) => ({
  gap: fc.integer({ min: 0, max: maxGap }),
  error: fc.integer({ min: -10, max: 10 }),
  latency: fc.integer({ min: 0, max: 10 }),
})

/** The weight the exchange counts in each of its 1 s fixed windows, from the arrival times on its clock. */
function usedPerWindow(arrivals: readonly { at: number; weight: number }[]): number[] {
  const perWindow = new Map<number, number>()
  for (const a of arrivals) {
    const w = Math.floor(a.at / 1000)
    perWindow.set(w, (perWindow.get(w) ?? 0) + a.weight)
  }
  return [...perWindow.values()]
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000_100 })
})
afterEach(() => {
  vi.useRealTimers()
})

const pending = async <T>(promise: Promise<T>) => {
  let settled = false
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  await vi.advanceTimersByTimeAsync(0)
  return !settled
}

describe('budgetCharges', () => {
  test('default: endpoint weights per bucket, default weights, `without` and `{id}` segments', () => {
    const scopes = { ip: 'egress-1', account: 'uid-1' }
    const weights = (r: BudgetRequest) => budgetCharges(limits, scopes, r).map((c) => [c.counter, c.weight])
    expect(weights(get('/account'))).toEqual([['weight|ip:egress-1|', 2]])
    expect(weights(order)).toEqual([
      ['weight|ip:egress-1|', 1],
      ['orders|account:uid-1|', 1],
    ])
    expect(weights(get('/orders'))).toEqual([['weight|ip:egress-1|', 5]])
    expect(weights(get('/orders', { symbol: 'BTCUSDT' }))).toEqual([['weight|ip:egress-1|', 1]])
    expect(weights(get('/order/123'))).toEqual([['weight|ip:egress-1|', 3]])
    expect(weights(get('/unknown'))).toEqual([['weight|ip:egress-1|', 1]])
  })

  test('behavior: buckets of a party the budget does not count are skipped; per-endpoint buckets count apart', () => {
    const perEndpoint: RateLimits = {
      ...limits,
      buckets: [{ ...limits.buckets[1]!, perEndpoint: true, defaultWeight: 1 }],
    }
    expect(budgetCharges(limits, { ip: 'a' }, order).map((c) => c.bucket.id)).toEqual(['weight'])
    const both = { ip: 'a', account: 'u' }
    expect(budgetCharges(limits, both, { ...order, security: 'none' }).map((c) => c.bucket.id)).toEqual([
      'weight',
    ])
    expect(budgetCharges(perEndpoint, { account: 'u' }, order)[0]!.counter).toBe(
      'orders|account:u|POST /order',
    )
    expect(budgetCharges(perEndpoint, { account: 'u' }, get('/order/7'))[0]!.counter).toBe(
      'orders|account:u|GET /order/{id}',
    )
  })
})

describe('scaleRateLimits', () => {
  test('default: limits rounded up (at least 1) and windows scaled, as the emulator scales them', () => {
    const scaled = scaleRateLimits(limits, { limit: 0.15, window: 0.5 })
    expect(scaled.buckets.map((b) => [b.limit, b.intervalMs])).toEqual([
      [2, 500],
      [1, 500],
    ])
  })
  test('error: a non-positive factor', () => {
    expect(() => scaleRateLimits(limits, { limit: 0 })).toThrow(/limit/)
  })
})

describe('createMemoryBudget', () => {
  const create = (extra = {}) =>
    createMemoryBudget({ limits, now: () => Date.now(), earlyMs: 10, lateMs: 20, ...extra })

  test('default: a fixed window admits its limit at once, then waits for the next window on the server clock', async () => {
    const budget = create()
    for (let i = 0; i < 5; i++) await budget.reserve(get('/account'))
    const sixth = budget.reserve(get('/account'))
    expect(await pending(sixth)).toBe(true)
    // Window [1_000_000_000, 1_000_001_000) ends in 900 ms; the next starts counting once early-arrival is past.
    await vi.advanceTimersByTimeAsync(905)
    expect(await pending(sixth)).toBe(true)
    await vi.advanceTimersByTimeAsync(10)
    expect((await sixth).at).toBe(1_000_001_010)
  })

  test('behavior: a request reserved near the end of a window counts in both windows it may arrive in', async () => {
    vi.setSystemTime(1_000_000_985) // within lateMs of the boundary
    const budget = create()
    for (let i = 0; i < 5; i++) await budget.reserve(get('/account'))
    vi.setSystemTime(1_000_001_500)
    const next = budget.reserve(get('/account'))
    expect(await pending(next)).toBe(true)
  })

  // Fills the account window 985 ms into it (within lateMs of the boundary: each request counts in both windows),
  // then answers every request at `answeredAt`.
  const fillThenAnswer = async (answeredAt: number) => {
    vi.setSystemTime(1_000_000_985)
    const budget = create()
    const reservations = []
    for (let i = 0; i < 5; i++) reservations.push(await budget.reserve(get('/account')))
    vi.setSystemTime(answeredAt)
    for (const r of reservations) await budget.settle(r, { status: 200, headers: {}, rateLimited: false })
    return budget
  }

  test('behavior: a request answered before the next window began stops counting in it', async () => {
    // Answered at 988: on the exchange's clock (at most earlyMs off) before 1_000_001_000, so each arrived before.
    const budget = await fillThenAnswer(1_000_000_988)
    vi.setSystemTime(1_000_001_015)
    for (let i = 0; i < 5; i++) await budget.reserve(get('/account'), { maxWaitMs: 0 })
    await expect(budget.reserve(get('/account'), { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
  })

  test('behavior: a request answered within earlyMs of the boundary still counts in both windows', async () => {
    // 991 + earlyMs is past the boundary: on the exchange's clock the request may have arrived in the next window.
    const budget = await fillThenAnswer(1_000_000_991)
    vi.setSystemTime(1_000_001_015)
    await expect(budget.reserve(get('/account'), { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
  })

  test('behavior: releasing a window never takes it below the usage the exchange reported (the clock stepped back in between)', async () => {
    let t = 1_000_000_985
    const budget = create({ now: () => t })
    const early = await budget.reserve(get('/account')) // 2 in both windows
    t = 1_000_001_015
    const late = await budget.reserve(get('/account')) // 4 in the second
    await budget.settle(late, { status: 200, headers: { 'x-used-1s': '9' }, rateLimited: false })
    // A sync moved the clock back: the first answer now reads as before the boundary.
    t = 1_000_000_988
    await budget.settle(early, { status: 200, headers: {}, rateLimited: false })
    t = 1_000_001_020
    await expect(budget.reserve(get('/account'), { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
  })

  test('behavior: settling a reservation another budget made releases nothing here', async () => {
    vi.setSystemTime(1_000_000_985)
    const budget = create()
    const other = create()
    for (let i = 0; i < 5; i++) await budget.reserve(get('/account'))
    const foreign = await other.reserve(get('/account'))
    vi.setSystemTime(1_000_000_988)
    await budget.settle(foreign, { status: 200, headers: {}, rateLimited: false })
    vi.setSystemTime(1_000_001_015)
    await expect(budget.reserve(get('/account'), { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
  })

  test('error: maxWaitMs 0 fails fast with RateLimitError and the wait, and nothing is reserved', async () => {
    const budget = create()
    for (let i = 0; i < 5; i++) await budget.reserve(get('/account'))
    const error = await budget.reserve(get('/account'), { maxWaitMs: 0 }).catch((e) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.retryAfterMs).toBe(910)
    expect(error.message).toMatchInlineSnapshot(`
      "Rate budget: no room for GET /account in weight for another 910 ms
      Request: GET /account
      Hint: Not sent. Wait retryAfterMs, or raise maxWaitMs to let the budget wait for room."
    `)
  })

  test('error: a request heavier than the whole limit is refused at once', async () => {
    const budget = create({ share: 0.25 }) // 2 weight per window
    await expect(budget.reserve(get('/order/1'))).rejects.toThrow(
      /weighs 3 in weight, more than its whole limit of 2/,
    )
  })

  test('behavior: a rolling window waits until the oldest reservation has left it (widened by the arrival span)', async () => {
    const budget = create()
    await budget.reserve(order)
    await vi.advanceTimersByTimeAsync(100)
    await budget.reserve(order)
    await budget.reserve(order)
    const fourth = budget.reserve(order)
    await vi.advanceTimersByTimeAsync(1000 + 10 + 20 - 100)
    expect(await pending(fourth)).toBe(true)
    await vi.advanceTimersByTimeAsync(1)
    expect((await fourth).at).toBe(1_000_001_131)
  })

  test('behavior: a rejection backs everyone off for Retry-After', async () => {
    const budget = create()
    const reservation = await budget.reserve(get('/account'))
    await budget.settle(reservation, { status: 429, headers: {}, rateLimited: true, retryAfterMs: 3000 })
    const next = budget.reserve(get('/account'))
    await vi.advanceTimersByTimeAsync(2999)
    expect(await pending(next)).toBe(true)
    await vi.advanceTimersByTimeAsync(1)
    await next
  })

  test('behavior: usage the exchange reports raises the counter (requests this budget did not see)', async () => {
    const budget = create()
    const reservation = await budget.reserve(get('/account'))
    await budget.settle(reservation, { status: 200, headers: { 'x-used-1s': '9' }, rateLimited: false })
    await expect(budget.reserve(get('/account'), { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateLimitError)
    await budget.reserve(get('/orders', { symbol: 'X' }), { maxWaitMs: 0 })
  })

  test('behavior: a usage report is not put in a window the reservation was not sure of (the clock grew surer in between)', async () => {
    let uncertainty = 150
    const budget = create({ uncertaintyMs: () => uncertainty })
    // 100 ms into a window with 160 ms of early margin: the request may arrive in this window or the one before.
    const reservation = await budget.reserve(get('/account'))
    uncertainty = 0
    // The report may be the previous window's (full); it must not fill this one.
    await budget.settle(reservation, { status: 200, headers: { 'x-used-1s': '10' }, rateLimited: false })
    await expect(budget.reserve(get('/account'), { maxWaitMs: 0 })).resolves.toMatchObject({
      at: 1_000_000_100,
    })
  })

  test('behavior: share takes a fraction of each limit, rounded down', async () => {
    const budget = create({ share: 0.35 }) // 3 of 10
    for (let i = 0; i < 3; i++) await budget.reserve(get('/orders', { symbol: 'X' }))
    await expect(budget.reserve(get('/orders', { symbol: 'X' }), { maxWaitMs: 0 })).rejects.toBeInstanceOf(
      RateLimitError,
    )
  })

  test('behavior: whatever the clock error (≤ earlyMs) and latency (≤ lateMs), the exchange never counts more than the limit', async () => {
    vi.useRealTimers()
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record(stepOf(300)), { minLength: 1, maxLength: 60 }), async (steps) => {
        let t = 5_000_000
        const budget = createMemoryBudget({ limits, now: () => t, earlyMs: 10, lateMs: 20 })
        const arrivals: { at: number; weight: number; orders: number }[] = []
        for (const step of steps) {
          t += step.gap
          const reservation = await budget.reserve(order, { maxWaitMs: 0 }).catch(() => undefined)
          if (!reservation) continue
          // The exchange's clock is t - error; the request arrives latency ms later.
          arrivals.push({ at: t - step.error + step.latency, weight: 1, orders: 1 })
        }
        for (const used of usedPerWindow(arrivals)) expect(used).toBeLessThanOrEqual(10)
        for (const a of arrivals) {
          const inWindow = arrivals.filter((b) => b.at > a.at - 1000 && b.at <= a.at).length
          expect(inWindow).toBeLessThanOrEqual(3)
        }
      }),
      { numRuns: 200 },
    )
  })

  test('behavior: with windows released as answers come, whatever the clock error, latency and answer time, the exchange never counts more than the limit', async () => {
    vi.useRealTimers()
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ ...stepOf(80), back: fc.integer({ min: 0, max: 30 }) }), {
          minLength: 1,
          maxLength: 80,
        }),
        async (steps) => {
          let t = 5_000_900
          const budget = createMemoryBudget({ limits, now: () => t, earlyMs: 10, lateMs: 20 })
          const arrivals: { at: number; weight: number }[] = []
          let pending: { answeredAt: number; reservation: BudgetReservation }[] = []
          let previous = t
          for (const step of steps) {
            const stepAt = previous + step.gap
            // Each answer is settled when it comes (local time, in order), before the next reservation.
            for (const p of pending.filter((p) => p.answeredAt <= stepAt)) {
              t = p.answeredAt
              await budget.settle(p.reservation, { status: 200, headers: {}, rateLimited: false })
            }
            pending = pending.filter((p) => p.answeredAt > stepAt)
            t = previous = stepAt
            const reservation = await budget.reserve(get('/account'), { maxWaitMs: 0 }).catch(() => undefined)
            if (!reservation) continue
            // The exchange's clock is t - error; the request arrives latency ms later and its answer, on this
            // clock, back ms after that.
            arrivals.push({ at: t - step.error + step.latency, weight: 2 })
            pending.push({ answeredAt: t + step.latency + step.back, reservation })
            pending.sort((a, b) => a.answeredAt - b.answeredAt)
          }
          for (const used of usedPerWindow(arrivals)) expect(used).toBeLessThanOrEqual(10)
        },
      ),
      { numRuns: 300 },
    )
  })
})
