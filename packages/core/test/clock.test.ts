import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { chooseTimestamp } from '../src/clock/chooseTimestamp'
import { createServerClock } from '../src/clock/createServerClock'
import { localClock } from '../src/clock/localClock'
import { ClockUncertainError } from '../src/errors/clock'

/** A deterministic world: a local monotonic clock, a local wall clock and a server clock with a skew. */
function world(skewMs: number, rand: () => number = Math.random) {
  let mono = 10_000
  let wallStep = 0
  const wallBase = 1_700_000_000_000
  const w = {
    mono: () => mono,
    wall: () => wallBase + mono + wallStep,
    server: () => wallBase + mono + skewMs,
    advance: (ms: number) => {
      mono += ms
    },
    jumpWall: (ms: number) => {
      wallStep += ms
    },
    requests: 0,
    /** Asymmetric, jittery latency: uplink and downlink drawn independently. */
    fetchServerTime: async (up = 5 + rand() * 200, down = 1 + rand() * 20) => {
      w.requests++
      w.advance(up)
      const t = Math.floor(w.server())
      w.advance(down)
      return t
    },
  }
  return w
}

describe('createServerClock', () => {
  it('default: starts unsynced with unknown uncertainty', () => {
    const w = world(0)
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(),
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    expect(clock.status()).toMatchObject({ state: 'unsynced', samples: 0, uncertaintyMs: Infinity })
  })

  it('behavior: the true offset lies within offset ± uncertainty for skews -30 s..+30 s with asymmetric latency and jitter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -30_000, max: 30_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        async (skew, syncs, seed) => {
          let s = seed
          const rand = () => {
            s = (s * 1103515245 + 12345) % 2 ** 31
            return s / 2 ** 31
          }
          const w = world(skew, rand)
          const clock = createServerClock({
            fetchServerTime: () => w.fetchServerTime(),
            wallNow: w.wall,
            monotonicNow: w.mono,
          })
          for (let i = 0; i < syncs; i++) {
            await clock.sync()
            w.advance(rand() * 5000)
            const { offsetMs, uncertaintyMs } = clock.status()
            // The true offset is server - wall = skew; the server truncates to whole ms.
            expect(Math.abs(offsetMs - skew)).toBeLessThanOrEqual(uncertaintyMs)
            expect(Math.abs(clock.now() - w.server())).toBeLessThanOrEqual(uncertaintyMs + 1e-6)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('behavior: uncertainty is half the best round trip, and the lowest-RTT samples win', async () => {
    const w = world(2500)
    let legs = [300, 300]
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(legs[0], legs[1]),
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    await clock.sync()
    // RTT 600 ms, plus the server's 1 ms truncation and 1 ms each way for our own: half-width 301.5 ms.
    expect(clock.status().uncertaintyMs).toBeCloseTo(301.5, 5)
    legs = [10, 10]
    await clock.sync()
    expect(clock.status().uncertaintyMs).toBeLessThanOrEqual(11.5)
    expect(clock.status().bestRttMs).toBe(20)
    legs = [900, 5]
    await clock.sync()
    // A slow, lopsided sample cannot widen the intersection.
    expect(clock.status().uncertaintyMs).toBeLessThanOrEqual(11.5)
    expect(Math.abs(clock.status().offsetMs - 2500)).toBeLessThanOrEqual(clock.status().uncertaintyMs)
  })

  it('behavior: 100 concurrent syncs issue one request', async () => {
    const w = world(1234)
    const fetchServerTime = vi.fn(() => w.fetchServerTime())
    const clock = createServerClock({ fetchServerTime, wallNow: w.wall, monotonicNow: w.mono })
    const results = await Promise.all(Array.from({ length: 100 }, () => clock.sync()))
    expect(fetchServerTime).toHaveBeenCalledTimes(1)
    expect(new Set(results).size).toBe(1)
    await clock.sync()
    expect(fetchServerTime).toHaveBeenCalledTimes(2)
  })

  it('behavior: a 10 s wall-clock jump is detected and marks the clock stale until the next sync', async () => {
    const w = world(800)
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(),
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    await clock.sync()
    expect(clock.status().state).toBe('synced')
    w.jumpWall(10_000)
    expect(clock.status()).toMatchObject({ state: 'stale', uncertaintyMs: Infinity, samples: 0 })
    // After the jump the true offset is skew - 10 s; a resync finds it.
    await clock.sync()
    const status = clock.status()
    expect(status.state).toBe('synced')
    expect(Math.abs(status.offsetMs - (800 - 10_000))).toBeLessThanOrEqual(status.uncertaintyMs)
  })

  it('behavior: small wall-clock slews below the threshold are not jumps', async () => {
    const w = world(0)
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(),
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    await clock.sync()
    w.jumpWall(200)
    expect(clock.status().state).toBe('synced')
  })

  it('behavior: the estimate goes stale with age and uncertainty grows by the drift bound', async () => {
    const w = world(0)
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(20, 20),
      wallNow: w.wall,
      monotonicNow: w.mono,
      driftPpm: 100,
      staleAfterMs: 60_000,
    })
    await clock.sync()
    const fresh = clock.status().uncertaintyMs
    w.advance(50_000)
    expect(clock.status().uncertaintyMs).toBeCloseTo(fresh + 5, 5)
    expect(clock.status().state).toBe('synced')
    w.advance(20_000)
    expect(clock.status().state).toBe('stale')
  })

  it('behavior: passive samples (observe) move the estimate', () => {
    const w = world(0)
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(),
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    const sentAt = clock.monotonicNow()
    w.advance(40)
    clock.observe({ serverTime: w.wall() + 7000 - 20, sentAt, receivedAt: clock.monotonicNow() })
    const status = clock.status()
    expect(status.state).toBe('synced')
    expect(status.offsetMs).toBeGreaterThan(6900)
    expect(Math.abs(status.offsetMs - 7000)).toBeLessThanOrEqual(status.uncertaintyMs)
  })

  it('behavior: a sample that contradicts the kept ones (server clock stepped) replaces them', async () => {
    let skew = 0
    const w = world(0)
    const clock = createServerClock({
      fetchServerTime: async () => {
        w.advance(10)
        const t = Math.floor(w.wall() + skew)
        w.advance(10)
        return t
      },
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    await clock.sync()
    skew = 5000
    await clock.sync()
    expect(clock.status().samples).toBe(1)
    expect(Math.abs(clock.status().offsetMs - 5000)).toBeLessThanOrEqual(clock.status().uncertaintyMs)
  })

  it('behavior: over maxSamples, a sample with one tight side outlives a narrower one that shapes neither bound', async () => {
    const w = world(700)
    let legs = [2, 40]
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(legs[0], legs[1]),
      wallNow: w.wall,
      monotonicNow: w.mono,
      maxSamples: 2,
    })
    // A fast uplink bounds the offset from above, a fast downlink from below: together ±(2 + 2) / 2 plus resolution.
    await clock.sync()
    legs = [40, 2]
    await clock.sync()
    // Round trip 30 ms, the narrowest of the three, but 15 ms on each side: it tightens neither bound.
    legs = [15, 15]
    await clock.sync()
    const status = clock.status()
    expect(status.samples).toBe(2)
    expect(status.uncertaintyMs).toBeLessThanOrEqual(4)
    expect(Math.abs(status.offsetMs - 700)).toBeLessThanOrEqual(status.uncertaintyMs)
  })

  it("behavior: the transport's own send and receive times narrow a sample, so a connection's set-up does not widen or bias it", async () => {
    const w = world(1234)
    const clock = createServerClock({
      fetchServerTime: async () => {
        w.advance(100) // TCP and TLS handshakes before the request can leave
        const sentAt = w.mono()
        const serverTime = await w.fetchServerTime(5, 5)
        return { serverTime, sentAt, receivedAt: w.mono() }
      },
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    const status = await clock.sync()
    // Round trip 10 ms, not 110: half-width 5 ms plus the server's 1 ms truncation and 1 ms each way for our own.
    expect(status.uncertaintyMs).toBeCloseTo(6.5, 5)
    expect(status.bestRttMs).toBe(10)
    expect(Math.abs(status.offsetMs - 1234)).toBeLessThanOrEqual(1)
  })

  it("behavior: transport times outside the clock's own call (another base, out of order) are ignored", async () => {
    const w = world(1234)
    const clock = createServerClock({
      fetchServerTime: async () => {
        const serverTime = await w.fetchServerTime(30, 30)
        return { serverTime, sentAt: w.mono() - 1000, receivedAt: w.mono() + 1000 }
      },
      wallNow: w.wall,
      monotonicNow: w.mono,
    })
    const status = await clock.sync()
    expect(status.bestRttMs).toBe(60)
    expect(Math.abs(status.offsetMs - 1234)).toBeLessThanOrEqual(status.uncertaintyMs)
  })

  it('behavior: keeps at most maxSamples', async () => {
    const w = world(100)
    const clock = createServerClock({
      fetchServerTime: () => w.fetchServerTime(),
      wallNow: w.wall,
      monotonicNow: w.mono,
      maxSamples: 3,
    })
    for (let i = 0; i < 10; i++) await clock.sync()
    expect(clock.status().samples).toBe(3)
  })

  it('behavior: the resync timer is unref-ed and stops', async () => {
    const unref = vi.fn()
    const clear = vi.spyOn(globalThis, 'clearInterval')
    vi.spyOn(globalThis, 'setInterval').mockImplementation((() => ({ unref })) as never)
    const clock = createServerClock({ fetchServerTime: async () => Date.now(), resyncIntervalMs: 60_000 })
    expect(unref).toHaveBeenCalledTimes(1)
    clock.stop()
    expect(clear).toHaveBeenCalledTimes(1)
  })

  it('error: a failing fetch rejects the sync and a later sync retries', async () => {
    let fail = true
    const clock = createServerClock({
      fetchServerTime: async () => {
        if (fail) throw new Error('ECONNREFUSED')
        return Date.now()
      },
    })
    await expect(clock.sync()).rejects.toThrow('ECONNREFUSED')
    fail = false
    await expect(clock.sync()).resolves.toMatchObject({ state: 'synced' })
  })
})

describe('createServerClock with the default clocks', () => {
  // The wall clock to the µs, as the process reads it (Date.now() is its whole ms).
  const fineWall = () => performance.timeOrigin + performance.now()
  // Waits until `at` ms past a Date.now() tick, so an anchor read from Date.now() alone is that far behind.
  function lateInTheMillisecond(at: number) {
    const start = Date.now()
    while (Date.now() === start) {}
    const tick = performance.now()
    while (performance.now() - tick < at) {}
  }

  it("behavior: the local time it reports offsets against is the wall clock to well under a millisecond, not Date.now()'s whole ms", () => {
    const misses: number[] = []
    for (let i = 0; i < 5; i++) {
      lateInTheMillisecond(0.8)
      const clock = createServerClock({ fetchServerTime: async () => Date.now() })
      // Unsynced, now() is the local time itself.
      misses.push(Math.abs(clock.now() - fineWall()))
    }
    // The median: a reading taken at a tick's edge, where Date.now() and the fine clock disagree, falls back.
    expect(misses.sort((a, b) => a - b)[2]).toBeLessThan(0.15)
  })

  it("behavior: an instant answer gives the offset to within the server's own truncation, with no whole-ms bias", async () => {
    const errors: number[] = []
    for (let i = 0; i < 20; i++) {
      // A server whose clock is ahead by a fraction of a ms more each time, so its truncation falls anywhere.
      const skew = 2500 + i / 20
      lateInTheMillisecond(0.8)
      const clock = createServerClock({ fetchServerTime: async () => Math.floor(fineWall() + skew) })
      const status = await clock.sync()
      errors.push(status.offsetMs - skew)
      expect(Math.abs(status.offsetMs - skew)).toBeLessThanOrEqual(status.uncertaintyMs)
    }
    // The bound's midpoint takes out the truncation's 0.5 ms on average; an anchor from Date.now() alone added the
    // 0.8 ms it was behind.
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length
    expect(Math.abs(mean)).toBeLessThan(0.3)
  })

  it('fallback: a fine clock that disagrees with Date.now() (a wall clock stepped since start) is not used', () => {
    const origin = vi.spyOn(performance, 'timeOrigin', 'get').mockReturnValue(performance.timeOrigin + 5000)
    try {
      const clock = createServerClock({ fetchServerTime: async () => Date.now() })
      const before = Date.now()
      const now = clock.now()
      expect(now).toBeGreaterThanOrEqual(before - 1)
      expect(now).toBeLessThan(Date.now() + 1)
    } finally {
      origin.mockRestore()
    }
  })
})

describe('localClock', () => {
  it('default: trusts the wall clock with the given uncertainty', async () => {
    const clock = localClock({ wallNow: () => 42, uncertaintyMs: 50 })
    expect(clock.now()).toBe(42)
    expect(await clock.sync()).toMatchObject({ state: 'synced', uncertaintyMs: 50, offsetMs: 0 })
  })
})

describe('chooseTimestamp', () => {
  const tolerance = { aheadMs: 1000, behindMs: 5000 }

  it('default: prefers server-aligned now', () => {
    expect(chooseTimestamp({ now: 1000.7, uncertaintyMs: 10, tolerance })).toBe(1000)
  })

  it('behavior: moves back when uncertainty could push the timestamp ahead of the server', () => {
    // hi = ceil(now - u + ahead) - 1 = 10000 - 1500 + 1000 - 1
    expect(chooseTimestamp({ now: 10_000, uncertaintyMs: 1500, tolerance })).toBe(9499)
  })

  it('behavior: every chosen timestamp is accepted for any server time and latency within the bounds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1500 }),
        (now, u, e, l, latencyMs) => {
          let ts: number
          try {
            ts = chooseTimestamp({ now, uncertaintyMs: u, tolerance, latencyMs })
          } catch (error) {
            expect(error).toBeInstanceOf(ClockUncertainError)
            expect(2 * u + latencyMs).toBeGreaterThan(tolerance.aheadMs + tolerance.behindMs - 2)
            return
          }
          const arrival = now + (2 * e - 1) * u + l * latencyMs
          expect(ts).toBeLessThan(arrival + tolerance.aheadMs)
          expect(ts).toBeGreaterThanOrEqual(arrival - tolerance.behindMs)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('args: resolutionMs returns a multiple of the resolution still inside the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1e12, max: 2e12 }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (now, u) => {
          const window = { aheadMs: 61_000, behindMs: 60_000 }
          let ts: number
          try {
            ts = chooseTimestamp({ now, uncertaintyMs: u, tolerance: window, resolutionMs: 1000 })
          } catch {
            return
          }
          expect(ts % 1000).toBe(0)
          expect(ts).toBeLessThan(now - u + window.aheadMs)
          expect(ts).toBeGreaterThanOrEqual(now + u + 1000 - window.behindMs)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('error: throws ClockUncertainError before anything is sent when no timestamp is safe', () => {
    expect(() =>
      chooseTimestamp({
        now: 0,
        uncertaintyMs: 3000,
        tolerance,
        exchange: 'binance',
        request: 'POST /api/v3/order',
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ClockUncertainError: No timestamp is safe: clock uncertainty ±3000 ms plus latency budget 1000 ms does not fit the window (ahead 1000 ms, behind 5000 ms).
      Request: POST /api/v3/order
      Hint: Resync the clock (signet doctor shows the offset), use a wider window, or lower the latency budget.]
    `)
    expect(() => chooseTimestamp({ now: 0, uncertaintyMs: Infinity, tolerance })).toThrow(ClockUncertainError)
  })
})
