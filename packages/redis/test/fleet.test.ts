// Issue 18: a fleet of 8 processes on two "hosts" with their own clock skews shares one Binance key and IP, one
// Bybit account and one Kraken key through Redis, against emulators that enforce the exchanges' limits, scaled.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { type RedisServer, startRedisServer } from './_redisServer'
import { type FleetFault, type FleetRun, runFleet } from './fleet/runFleet'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await redis?.stop()
})
// Each run starts from empty counters: the budgets' keys are named by exchange and scope, not by run, so the last
// seconds of one run would otherwise fill the first window of the next.
beforeEach(async () => {
  await (await redis.client()).flushall()
})

/** Answers that mean a limit was exceeded or a nonce refused, on any exchange. */
const REFUSALS = new Set([
  'EOrder:Rate limit exceeded',
  '429',
  '418',
  '-1003',
  '-1015',
  '10006',
  '403',
  'EAPI:Rate limit exceeded',
  'EAPI:Invalid nonce',
])

/** Refused requests, with their time from the start of the run (ms). */
function refusals(run: FleetRun) {
  return [...run.binance.requests(), ...run.others.requests(), ...run.kraken.requests()]
    .filter((r) => r.status === 429 || r.status === 418 || REFUSALS.has(String(r.code)))
    .map((r) => ({
      ...r,
      sinceStart: r.serverTime - run.startAt,
      intoWindow: r.serverTime % (60_000 * run.scales.binance.window),
    }))
}

/** Every Kraken nonce, per worker in allocation order. */
function nonces(run: FleetRun) {
  const perWorker = new Map<number, bigint[]>()
  for (const { worker, text } of run.lines) {
    if (!text.startsWith('N ')) continue
    perWorker.set(worker, [...(perWorker.get(worker) ?? []), BigInt(text.slice(2))])
  }
  return perWorker
}

function expectNoncesNeverRepeatOrDecrease(run: FleetRun, atLeast: number) {
  const all: bigint[] = []
  for (const list of nonces(run).values()) {
    for (let i = 1; i < list.length; i++) expect(list[i]! > list[i - 1]!).toBe(true)
    all.push(...list)
  }
  expect(all.length).toBeGreaterThanOrEqual(atLeast)
  expect(new Set(all).size).toBe(all.length)
}

/** Accepted requests to `path` that the exchange handled in [from, to). */
const accepted = (emulator: FleetRun['binance'], path: string, from: number, to: number) =>
  emulator
    .requests()
    .filter(
      (r) =>
        r.path.endsWith(path) &&
        r.status === 200 &&
        r.code === undefined &&
        r.serverTime >= from &&
        r.serverTime < to,
    ).length

/** Requests a worker saw fail, of any kind. */
const failuresOf = (run: FleetRun) =>
  run.lines.filter((l) => l.text.startsWith('R ') && !l.text.includes(' ok '))

describe('a fleet on one key through Redis', () => {
  test('behavior: 8 processes on two skewed hosts for 30 s: no 429, 418, 10006 or EAPI error, and ≥ 85% of the allowed rate', async () => {
    // Binance: 600 weight per 6 s window; Bybit: 40 wallet-balance requests per rolling 8 s; Kraken: the key's
    // counter holds 30 and drains in 5 s.
    const scales = {
      binance: { limit: 0.1, window: 0.1 },
      bybit: { limit: 0.8, window: 8 },
      kraken: { limit: 2, window: 1 / 9 },
    }
    await runFleet(redis, { size: 8, durationMs: 30_000, scales }, (run) => {
      expect(refusals(run)).toEqual([])
      // Steady state only: from the first boundary a whole window after the start. The start's burst fills the
      // window it began in, and when that began less than lateMs plus the clock's uncertainty before a boundary,
      // the burst's requests count in the next window too (each may arrive in either) until their answers show
      // they arrived before it; on a loaded machine answers can come after it began, and that window then takes
      // almost none: a start transient, not a steady rate ([1,30,30,30] seen under load when measured from the
      // first boundary, before answers released windows; [30,30,30,30] since, starting 300 ms before one, idle).
      // Binance: 6000 request weight per minute per IP, scaled; GET /api/v3/account weighs 20; whole windows.
      const window = 60_000 * run.scales.binance.window
      const from = Math.ceil((run.startAt + window) / window) * window
      const to = Math.floor(run.stopAt / window) * window
      const binanceAllowed = (6000 * run.scales.binance.limit) / (window / 1000)
      const binanceRate = (accepted(run.binance, '/api/v3/account', from, to) * 20) / ((to - from) / 1000)
      const perWindow = []
      for (let w = from; w < to; w += window)
        perWindow.push(accepted(run.binance, '/api/v3/account', w, w + window))
      console.info(
        `fleet: binance accepted per window ${JSON.stringify(perWindow)}, started ${window - (run.startAt % window)} ms before a boundary`,
      )
      // Bybit: wallet-balance 50 per rolling second per UID, scaled; whole windows after the first one.
      const rolling = 1000 * run.scales.bybit.window
      const since = run.stopAt - Math.floor((run.stopAt - run.startAt - rolling) / rolling) * rolling
      const bybitAllowed = Math.ceil(50 * run.scales.bybit.limit) / (rolling / 1000)
      const bybitCount = accepted(run.others, '/v5/account/wallet-balance', since, run.stopAt)
      const bybitRate = bybitCount / ((run.stopAt - since) / 1000)
      // Kraken: the key's counter (15, draining in 45 s), scaled; Balance costs 1; after the first drain.
      const drain = 45_000 * run.scales.kraken.window
      const krakenSince = run.stopAt - Math.floor((run.stopAt - run.startAt - drain) / drain) * drain
      const krakenAllowed = Math.ceil(15 * run.scales.kraken.limit) / (drain / 1000)
      const krakenCount = accepted(run.kraken, '/0/private/Balance', krakenSince, run.stopAt)
      const krakenRate = krakenCount / ((run.stopAt - krakenSince) / 1000)
      console.info(
        `fleet: binance ${binanceRate.toFixed(1)}/${binanceAllowed} weight/s, bybit ${bybitRate.toFixed(2)}/${bybitAllowed} req/s, kraken ${krakenRate.toFixed(2)}/${krakenAllowed} req/s`,
      )
      const changes = run.lines
        .filter((l) => l.text.startsWith('S '))
        .map((l) => `${l.worker} ${l.text.slice(2)}`)
      if (changes.length > 0) console.info(`fleet: budget state changes: ${changes.join('; ')}`)
      // What explains a shortfall goes into the failure itself: CI logs keep the assertion, not the output above.
      const why = `binance per window ${JSON.stringify(perWindow)} from ${from - run.startAt} ms after the start; budget state changes: ${changes.join('; ') || 'none'}`
      expect(binanceRate / binanceAllowed, why).toBeGreaterThanOrEqual(0.85)
      expect(bybitRate / bybitAllowed, why).toBeGreaterThanOrEqual(0.85)
      expect(krakenRate / krakenAllowed, why).toBeGreaterThanOrEqual(0.85)
      expectNoncesNeverRepeatOrDecrease(run, 100)
      // Every request the workers made was answered with success (none refused, none failed).
      expect(failuresOf(run)).toEqual([])
    })
  }, 120_000)

  test('behavior: SIGKILL a worker, FLUSHALL, restart Redis, Redis unreachable for 5 s: no limit exceeded, no nonce repeated or lower, and the fleet recovers by itself', async () => {
    const faults: FleetFault[] = [
      { atMs: 2_000, apply: (workers) => void workers[0]!.kill('SIGKILL') },
      { atMs: 4_000, apply: async () => void (await (await redis.client()).flushall()) },
      { atMs: 7_000, apply: () => redis.restart() },
      { atMs: 11_000, apply: () => redis.freeze(5_000) },
    ]
    // Short windows, so that each fault's distrusted windows pass within the run: Bybit's IP window is 5 s.
    const scales = {
      binance: { limit: 0.1, window: 0.05 },
      bybit: { limit: 0.1, window: 1 },
      kraken: { limit: 2, window: 1 / 9 },
    }
    // This run checks no rates, so the budgets allow 1 s from reserving to arrival, not the harness's 400 ms: on
    // an overloaded machine the in-process emulators stamp a backlog late, and Redis counts a rolling window's
    // request for only the window plus lateMs from its reservation, so one stamped later is still counted by the
    // emulator when Redis has let another in (a rare Bybit 10006). The rate test keeps 400 ms: a wider margin
    // costs rate.
    await runFleet(redis, { size: 8, durationMs: 21_000, scales, faults, lateMs: 1000 }, (run) => {
      const changes = run.lines.filter((l) => l.text.startsWith('S '))
      console.info(
        `fleet: ${changes.map((l) => `${l.worker} ${l.text.split(' ')[1]} ${l.text.split(' ')[2]} +${Number(l.text.split(' ')[3]) - run.startAt}`).join('; ')}`,
      )
      // Where the Kraken key's time went, per second of the run, should the count below fall short.
      const perSecond = (path: string) =>
        run.kraken
          .requests()
          .filter((r) => r.path.endsWith(path))
          .reduce((counts, r) => {
            const second = Math.floor((r.serverTime - run.startAt) / 1000)
            counts[second] = (counts[second] ?? 0) + 1
            return counts
          }, [] as number[])
      console.info(`fleet: kraken answers per second ${JSON.stringify(perSecond('/0/private/Balance'))}`)
      const outcomes = new Map<string, number>()
      for (const { text } of run.lines) {
        if (text.startsWith('R kraken')) outcomes.set(text, (outcomes.get(text) ?? 0) + 1)
      }
      console.info(`fleet: kraken outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`)
      expect(refusals(run)).toEqual([])
      // Fewer: a killed worker's lease, two recoveries and the outage each pause the Kraken key for seconds (about
      // 45 nonces on this machine: a burst before the faults, and the requests after the outage).
      expectNoncesNeverRepeatOrDecrease(run, 20)
      // No request failed: the budgets fell back to their local share and the nonces waited for Redis.
      expect(failuresOf(run)).toEqual([])
      // The budgets noticed: counters lost after FLUSHALL and the restart, Redis unreachable and back. (A loop
      // that was waiting for room during a fault may not have asked Redis then, so per exchange it can vary.)
      const states = new Set(
        run.lines.filter((l) => l.text.startsWith('S ')).map((l) => l.text.split(' ')[2]),
      )
      expect([...states].sort()).toEqual(['counters-lost', 'reachable', 'unreachable'])
      // Recovered by itself: once the last fault ended (Redis answers again 16 s in), every exchange accepted
      // requests from the surviving workers before the stop. (Not "in the last 3 s": Kraken's counter, 30 per 5 s
      // here, is spent in one burst and then rightly waits for room.)
      const outageEnds = run.startAt + 16_000
      const late = (path: string) => (r: { serverTime: number; status: number; path: string }) =>
        r.serverTime > outageEnds && r.serverTime < run.stopAt && r.status === 200 && r.path.endsWith(path)
      expect(run.binance.requests().filter(late('/api/v3/account')).length).toBeGreaterThan(0)
      expect(run.others.requests().filter(late('/v5/account/wallet-balance')).length).toBeGreaterThan(0)
      expect(run.kraken.requests().filter(late('/0/private/Balance')).length).toBeGreaterThan(0)
    })
  }, 120_000)
})
