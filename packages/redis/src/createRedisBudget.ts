import { randomUUID } from 'node:crypto'
import {
  type ArrivalSpan,
  arrivalWindows,
  type BudgetCharge,
  type BudgetReservation,
  type BudgetScopes,
  budgetCharges,
  createMemoryBudget,
  InvalidParameterError,
  type RateBudget,
  RateLimitError,
  type RateLimits,
  rejectionBackoffMs,
  reportedUsage,
  reportWindow,
  unreachedWindows,
} from '@signet/core'
import type { Redis } from 'ioredis'
import { blockScript, pingScript, raiseScript, releaseScript, reserveScript } from './_budgetScripts'
import { runScript } from './_runScript'
import { hashName, redisKey, sleep } from './_shared'
import { RedisUnavailableError } from './errors'

/** Options of `createRedisBudget`. */
export type CreateRedisBudgetOptions = {
  /** An ioredis client; give it `enableOfflineQueue: false` and a small `maxRetriesPerRequest` to fail fast. */
  redis: Redis
  /** The exchange's limits (`binanceRateLimits`, ...), scaled with `scaleRateLimits` where needed. */
  limits: RateLimits
  /** Server-aligned epoch ms (`clock.now()`): windows follow the exchange's clock. */
  now: () => number
  /** The parties this process sends as; every process sharing an IP, account or key must name it the same. */
  scopes: BudgetScopes
  /** How many processes share these limits: each takes 1/fleetSize of them while Redis is unreachable. */
  fleetSize: number
  /** While Redis is unreachable: `local-share` (1/fleetSize of each limit), `wait` for Redis, or `fail` with `RedisUnavailableError`. @default 'local-share' */
  onUnavailable?: 'local-share' | 'wait' | 'fail' | undefined
  /** Windows in progress when Redis became unreachable or lost its counters, up to this long, count as used up; longer ones keep the usage last seen, in ms. @default 60000 */
  distrustWindowsUpToMs?: number | undefined
  /** How far the server-aligned clock may be ahead of the exchange's, in ms. @default 50 */
  earlyMs?: number | undefined
  /** Upper bound on the time from reserving to arrival at the exchange, in ms. @default 250 */
  lateMs?: number | undefined
  /** The clock's current uncertainty (`clock.status().uncertaintyMs`), added to both margins, in ms. @default () => 0 */
  uncertaintyMs?: (() => number) | undefined
  /** Prefix of every Redis key this budget writes. @default 'signet:' */
  prefix?: string | undefined
  /** Deadline of one Redis call, in ms. @default 500 */
  timeoutMs?: number | undefined
  /** How often an unreachable Redis is tried again, in ms. @default 1000 */
  probeMs?: number | undefined
  /** Exchange id, for errors and key names. */
  exchange?: string | undefined
  /** Called when Redis stops answering, answers again, or turns out to have lost the counters. */
  onStateChange?: ((state: 'unreachable' | 'reachable' | 'counters-lost') => void) | undefined
}

/**
 * Creates a rate budget shared by every process and machine on one Redis: one atomic script reserves a request's
 * cost in every counter (fixed windows on the exchange's clock, one key per window; rolling windows as sorted
 * sets), all of which expire with their window, so a killed process leaks nothing beyond it. A rejection backs
 * the whole fleet off. While Redis is unreachable each process falls back to 1/fleetSize of each limit (never
 * to "unlimited"), treating windows in progress as used up; after Redis returns, or after it lost its counters,
 * each process keeps that share as a ceiling until the windows it touched alone have ended.
 *
 * @example
 * const budget = createRedisBudget({ redis, limits: binanceRateLimits, now: () => clock.now(), scopes: { ip: 'egress-1', account: 'uid-1' }, fleetSize: 8 })
 * const client = createClient({ exchange: binance, signer, budget })
 */
export function createRedisBudget(options: CreateRedisBudgetOptions): RateBudget {
  const {
    redis,
    limits,
    now,
    scopes,
    fleetSize,
    onUnavailable = 'local-share',
    distrustWindowsUpToMs = 60_000,
    earlyMs = 50,
    lateMs = 250,
    uncertaintyMs = () => 0,
    prefix = 'signet:',
    timeoutMs = 500,
    probeMs = 1000,
    exchange,
    onStateChange,
  } = options
  if (!(Number.isInteger(fleetSize) && fleetSize >= 1)) {
    throw new InvalidParameterError('fleetSize', 'a whole number of processes, at least 1', String(fleetSize))
  }
  const span = (): ArrivalSpan => {
    // An unsynced clock has no bound yet: its reading is used as is, and the client renews the reservation once synced.
    const u = uncertaintyMs()
    const extra = Number.isFinite(u) && u > 0 ? u : 0
    return { earlyMs: earlyMs + extra, lateMs: lateMs + extra }
  }
  // One hash tag for every key of this budget, so a Redis Cluster keeps them in one slot (one script, one node).
  const name = `${prefix}budget:{${hashName(`${exchange ?? ''}|${limits.source}`)}}`
  const blockKey = `${name}:block`
  const epochKey = `${name}:epoch`
  const keyOf = (counter: string) => redisKey(`${name}:`, 'c', counter)
  const local = createMemoryBudget({
    limits,
    now,
    scopes,
    share: 1 / fleetSize,
    earlyMs,
    lateMs,
    uncertaintyMs,
    reconcile: false,
    exchange,
  })
  let reservations = 0
  const id = randomUUID().slice(0, 8)
  let epoch: string | undefined
  /** Redis is unreachable: set while a probe waits for it to answer again. */
  let unreachable: Promise<void> | undefined
  /** When the latest trouble began (Redis unreachable, or its counters lost): windows open then are distrusted. */
  let troubleAt: number | undefined
  const distrusted = new Set<string>()
  /** Per counter, until when the local share stays a ceiling next to Redis. */
  const ceilings = new Map<string, number>()
  const lastSeen = new Map<string, { window: number; used: number }>()
  /** The epoch each reservation made on Redis was counted under: released only from those same counters. */
  const reservedUnder = new WeakMap<BudgetReservation, string>()

  const windowEnd = (charge: BudgetCharge, at: number) => {
    const interval = charge.bucket.intervalMs
    return charge.bucket.window === 'fixed'
      ? (Math.floor((at + span().lateMs) / interval) + 1) * interval + span().earlyMs
      : at + interval + span().earlyMs + span().lateMs
  }
  const extendCeiling = (charge: BudgetCharge, until: number) => {
    ceilings.set(charge.counter, Math.max(ceilings.get(charge.counter) ?? 0, until))
  }

  /** Counts the windows open when the trouble began as used in the local share: their global usage is unknown. */
  const distrust = (charges: readonly BudgetCharge[]) => {
    if (troubleAt === undefined) return
    for (const charge of charges) {
      if (distrusted.has(charge.counter) || windowEnd(charge, troubleAt) <= now()) continue
      distrusted.add(charge.counter)
      const seen = lastSeen.get(charge.counter)
      const interval = charge.bucket.intervalMs
      const sameWindow =
        seen && charge.bucket.window === 'fixed' && seen.window === Math.floor(troubleAt / interval)
      // Long windows (a day of orders) keep the usage last seen, split N ways; short ones wait for the next window.
      const used =
        interval > distrustWindowsUpToMs && sameWindow ? Math.ceil(seen.used / fleetSize) : charge.limit
      local.occupy(charge, troubleAt, used)
      extendCeiling(charge, windowEnd(charge, troubleAt))
    }
  }
  const beginTrouble = (at: number) => {
    troubleAt = at
    distrusted.clear()
  }

  const redisDown = () => unreachable !== undefined
  const probe = () => {
    if (!unreachable) onStateChange?.('unreachable')
    unreachable ??= (async () => {
      for (;;) {
        await sleep(probeMs)
        try {
          await runScript(redis, pingScript, [], [], timeoutMs)
          unreachable = undefined
          onStateChange?.('reachable')
          return
        } catch {
          // still unreachable
        }
      }
    })()
  }

  /** Reserves in the local share without waiting past `maxWaitMs`; undefined when the caller should look again. */
  const reserveLocal = async (charges: readonly BudgetCharge[], label: string, maxWaitMs: number) => {
    try {
      const reservation = await local.reserveCharges(charges, label, {
        maxWaitMs: Math.max(0, Math.min(maxWaitMs, probeMs)),
      })
      for (const charge of charges) extendCeiling(charge, windowEnd(charge, reservation.at))
      return reservation
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error
      // No room yet (or none at all in a share below one request): look again after the wait, or at the next probe.
      await sleep(Math.max(1, Math.min(error.retryAfterMs ?? probeMs, probeMs)))
      return undefined
    }
  }

  const entriesOf = (charges: readonly BudgetCharge[], at: number, margins: ArrivalSpan) => {
    const keys: string[] = []
    const args: (string | number)[] = []
    for (const charge of charges) {
      const interval = charge.bucket.intervalMs
      if (charge.bucket.window === 'fixed') {
        for (const w of arrivalWindows(at, interval, margins)) {
          keys.push(`${keyOf(charge.counter)}:${w}`)
          args.push(
            'f',
            charge.weight,
            charge.limit,
            (w + 1) * interval + margins.earlyMs,
            (w + 2) * interval - at,
          )
        }
      } else {
        // On Redis's clock: only the spread of reserve-to-arrival delays widens it, not the hosts' clock error.
        const width = interval + lateMs
        keys.push(keyOf(charge.counter))
        args.push('r', charge.weight, charge.limit, width, 2 * width)
      }
    }
    return { keys, args }
  }

  /**
   * One attempt on Redis: 0 when reserved, `'lost'` when the counters turned out lost (look again at once), else the
   * ms to wait before looking again; throws when Redis does not answer.
   */
  const reserveOnRedis = async (
    charges: readonly BudgetCharge[],
    at: number,
    margins: ArrivalSpan,
  ): Promise<number | 'lost'> => {
    const { keys, args } = entriesOf(charges, at, margins)
    const reply = (await runScript(
      redis,
      reserveScript,
      [blockKey, epochKey, ...keys],
      // The first process to touch Redis after a loss makes the epoch; the script stamps it with Redis's TIME.
      [at, `${id}${++reservations}`, randomUUID(), ...args],
      timeoutMs,
    )) as [number, string, number, ...(number | string)[]]
    const [ok, seenEpoch, redisNow, ...rest] = reply
    const lost = epoch !== undefined && seenEpoch !== epoch
    epoch = seenEpoch
    if (lost) {
      // Counters were lost (FLUSHALL, a restart): this reservation counted against empty ones, so it is not used
      // (it stays counted, which is safe); the caller looks again with the windows then open distrusted. The loss
      // came before the new epoch was made, and every reservation since is in the new counters, so only windows
      // open then are in doubt: a process that learns of the loss late (it waited behind a nonce lease) does not
      // pause again for windows that have ended. No clock read before a Redis call bounds the loss: this one's
      // `at`, or the epoch maker's, may precede it by however long the call was held up (a starved process, a
      // slow network), and windows would be trusted again while the exchange still counts requests from before
      // the loss. The epoch was made before this script ran, which was before its answer came: this clock now,
      // less the time Redis's own clock says passed since the epoch was made, is after the loss on this host's
      // clock, without the hosts' clock error. (An epoch of an older version, `<id>@<its maker's clock>`, says
      // nothing of when it was made: the loss is then taken as just now.)
      const answeredAt = Math.floor(now())
      const madeAt = Number(seenEpoch.split('#')[1])
      const sinceMade = Number(redisNow) - madeAt
      beginTrouble(Number.isFinite(sinceMade) ? answeredAt - Math.max(0, sinceMade) : answeredAt)
      onStateChange?.('counters-lost')
      return 'lost'
    }
    if (ok !== 1) return Number(rest[0])
    let i = 0
    for (const charge of charges) {
      const windows =
        charge.bucket.window === 'fixed' ? arrivalWindows(at, charge.bucket.intervalMs, margins) : [0]
      for (const w of windows) lastSeen.set(charge.counter, { window: w, used: Number(rest[i++]) })
    }
    return 0
  }

  return {
    async reserve(request, reserveOptions = {}) {
      const { maxWaitMs = Number.POSITIVE_INFINITY, signal } = reserveOptions
      const charges = budgetCharges(limits, scopes, request)
      const label = `${request.method} ${request.path}`
      const startedAt = now()
      const remaining = () => maxWaitMs - (now() - startedAt)
      let lookAgain = false
      for (let round = 0; ; round++) {
        signal?.throwIfAborted()
        if (round > 0 && !lookAgain && remaining() < 0) throw noRoom(label, exchange, probeMs)
        lookAgain = false
        if (unreachable) {
          if (onUnavailable === 'fail') throw unavailable(undefined, label)
          if (onUnavailable === 'wait') {
            if (remaining() <= 0) throw unavailable(undefined, label)
            await Promise.race([unreachable, sleep(Math.max(1, Math.min(remaining(), probeMs)))])
            continue
          }
          // 1/fleetSize of each limit, as long as Redis stays away.
          distrust(charges)
          const reservation = await reserveLocal(charges, label, remaining())
          if (reservation) {
            if (redisDown()) return reservation
            // Redis came back meanwhile: the local count stays (a ceiling), and Redis decides as well.
          }
          continue
        }
        const at = Math.floor(now())
        const margins = span()
        distrust(charges)
        // Counters the local share touched keep it as a ceiling next to Redis until their windows end; a local
        // reservation followed by a wait on Redis only over-counts, which is safe.
        const capped = charges.filter((c) => (ceilings.get(c.counter) ?? 0) > at)
        if (capped.length > 0 && !(await reserveLocal(capped, label, 0))) continue
        let waitMs: number | 'lost'
        try {
          waitMs = await reserveOnRedis(charges, at, margins)
        } catch (error) {
          if (onUnavailable === 'fail') throw unavailable(error, label)
          // Not `at`: the call may have been held up while Redis still counted other processes' requests, so the
          // windows open when it failed are the ones in doubt, and they may have opened after `at`.
          if (!unreachable) beginTrouble(Math.floor(now()))
          probe()
          continue
        }
        if (waitMs === 'lost') {
          lookAgain = true
          continue
        }
        if (waitMs <= 0) {
          const reservation: BudgetReservation = { at, sendBy: at + lateMs / 2, charges, span: margins }
          reservedUnder.set(reservation, epoch!)
          return reservation
        }
        if (waitMs > remaining()) {
          throw noRoom(label, exchange, waitMs)
        }
        await sleep(waitMs)
      }
    },
    async settle(reservation, answer) {
      const at = Math.floor(now())
      const current = span()
      const calls: Promise<unknown>[] = []
      if (answer.rateLimited) {
        const backoff = rejectionBackoffMs(reservation.charges, answer, at)
        await local.settle(reservation, answer)
        calls.push(runScript(redis, blockScript, [blockKey], [at + backoff, backoff + 1000], timeoutMs))
      }
      for (const charge of reservation.charges) {
        const used = reportedUsage(charge, answer.headers)
        if (used === undefined) continue
        const interval = charge.bucket.intervalMs
        if (charge.bucket.window === 'fixed') {
          const w = reportWindow(reservation, interval, current)
          if (w === undefined) continue
          const key = `${keyOf(charge.counter)}:${w}`
          const args = ['f', used, 0, '', 0, (w + 2) * interval - at]
          calls.push(runScript(redis, raiseScript, [key, `${key}:r`], args, timeoutMs))
        } else {
          const width = interval + lateMs
          const member = `${id}${++reservations}`
          const args = ['r', used, reservation.at, member, width, 2 * width]
          calls.push(runScript(redis, raiseScript, [keyOf(charge.counter)], args, timeoutMs))
        }
      }
      // A request reserved near a boundary counted in both windows; one answered before the later began arrived
      // in the earlier, so the fleet gets that room back (never below what the exchange reported there).
      const epochThen = reservedUnder.get(reservation)
      if (epochThen !== undefined) {
        const keys = [epochKey]
        const args: (string | number)[] = [epochThen]
        for (const charge of reservation.charges) {
          if (charge.bucket.window !== 'fixed') continue
          for (const w of unreachedWindows(reservation, charge.bucket.intervalMs, at, current)) {
            keys.push(`${keyOf(charge.counter)}:${w}`, `${keyOf(charge.counter)}:${w}:r`)
            args.push(charge.weight)
          }
        }
        if (keys.length > 1) calls.push(runScript(redis, releaseScript, keys, args, timeoutMs))
      }
      // Reconciling is best effort: an unreachable Redis is handled by the next reservation.
      await Promise.allSettled(calls)
    },
  }
}

function unavailable(cause: unknown, label: string): RedisUnavailableError {
  return new RedisUnavailableError(`Redis did not answer, so ${label} was not sent`, {
    cause,
    request: label,
    hint: "The budget's onUnavailable policy is not 'local-share'; check that Redis is reachable.",
  })
}

function noRoom(label: string, exchange: string | undefined, waitMs: number): RateLimitError {
  return new RateLimitError(`Rate budget (Redis): no room for ${label} for another ${Math.ceil(waitMs)} ms`, {
    exchange,
    request: label,
    retryAfterMs: Math.ceil(waitMs),
    hint: 'Not sent. Wait retryAfterMs, or raise maxWaitMs to let the budget wait for room.',
  })
}
