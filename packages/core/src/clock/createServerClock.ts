import { ExchangeError } from '../errors/exchange'
import { describeEpochMs, isPlausibleEpochMs } from './plausibleEpochMs'
import { sampleTimes } from './sampleTimes'
import type { Clock, ClockStatus, PassiveSample, ServerTimeAnswer } from './types'

/** Options of `createServerClock`. */
export type CreateServerClockOptions = {
  /**
   * Fetches the exchange's server time, epoch ms (e.g. `GET /api/v3/time`), or a `ServerTimeAnswer` that also says
   * when the request left and its answer came back (a connection's set-up then does not widen the sample).
   */
  fetchServerTime: () => Promise<number | ServerTimeAnswer>
  /** Local wall clock, epoch ms. @default Date.now */
  wallNow?: () => number
  /** Local monotonic clock, ms from any origin. @default performance.now */
  monotonicNow?: () => number
  /** Samples kept; over it, the widest of those that shape neither bound is dropped. @default 8 */
  maxSamples?: number
  /** Assumed bound on the local clock's rate error, in ppm; grows uncertainty with sample age. @default 100 */
  driftPpm?: number
  /** Age after which the estimate counts as stale and should be refreshed, in ms. @default 300000 */
  staleAfterMs?: number
  /** Disagreement between wall and monotonic clocks that counts as a wall-clock jump, in ms. @default 1000 */
  jumpThresholdMs?: number
  /** Resync on this interval, in ms; the timer never keeps the process alive. Off by default. */
  resyncIntervalMs?: number
  /** Resolution of the server's time values, in ms. @default 1 */
  resolutionMs?: number
}

type Sample = { offset: number; halfWidth: number; at: number; rtt: number }

// A passive sample further than this outside the estimate's bounds marks the clock for an active resync (an HTTP
// Date header has whole seconds, so a smaller miss is more likely its resolution than a server step).
const PASSIVE_STEP_MS = 1000

const performanceNow = () => performance.now()

/**
 * A clock that estimates the offset to an exchange's server NTP-style: each sample bounds the offset to
 * `server - midpoint ± rtt/2` on a monotonic base; the kept samples' bounds (widened by drift with age) are
 * intersected, so `offsetMs ± uncertaintyMs` contains the true offset whenever latency is non-negative.
 *
 * @example
 * const clock = createServerClock({ fetchServerTime: async () => (await (await fetch(url)).json()).serverTime })
 * await clock.sync(); clock.now()
 */
export function createServerClock(options: CreateServerClockOptions): Clock {
  const {
    fetchServerTime,
    wallNow = Date.now,
    monotonicNow = performanceNow,
    maxSamples = 8,
    driftPpm = 100,
    staleAfterMs = 300_000,
    jumpThresholdMs = 1000,
    resyncIntervalMs,
    resolutionMs = 1,
  } = options

  // Date.now() counts whole ms, so an anchor read from it alone is up to 1 ms behind the wall clock, and every
  // offset reported against it up to 1 ms ahead. With the default clocks, performance.timeOrigin + performance.now()
  // reads the same wall clock to the µs: it is the anchor whenever it agrees with Date.now() (after a wall-clock
  // step since the process started, it does not).
  const precise = wallNow === Date.now && monotonicNow === performanceNow
  const wallAt = (mono: number) => {
    const wall = wallNow()
    if (!precise) return wall
    const fine = performance.timeOrigin + mono
    return fine >= wall && fine < wall + 1 ? fine : wall
  }
  // Local time is read as anchor + monotonic elapsed, so a wall-clock step cannot move a measurement.
  let anchorMono = monotonicNow()
  let anchorWall = wallAt(anchorMono)
  let samples: Sample[] = []
  let jumped = false
  // A passive sample contradicted the estimate: ask for an active measurement before trusting it again.
  let suspect = false
  let inflight: Promise<ClockStatus> | undefined
  let timer: ReturnType<typeof setInterval> | undefined

  const local = (mono: number) => anchorWall + (mono - anchorMono)

  function checkJump() {
    const mono = monotonicNow()
    if (Math.abs(wallNow() - local(mono)) > jumpThresholdMs) {
      // Suspend/resume pauses the monotonic clock and NTP steps move the wall clock: either way the old
      // samples no longer relate our timeline to the server's, so drop them until the next sync.
      anchorMono = monotonicNow()
      anchorWall = wallAt(anchorMono)
      samples = []
      jumped = true
    }
  }

  function bounds(mono: number): { lo: number; hi: number } | undefined {
    let lo = -Infinity
    let hi = Infinity
    for (const s of samples) {
      const grow = ((mono - s.at) * driftPpm) / 1e6
      lo = Math.max(lo, s.offset - s.halfWidth - grow)
      hi = Math.min(hi, s.offset + s.halfWidth + grow)
    }
    return samples.length > 0 ? { lo, hi } : undefined
  }

  function add(sample: Sample, passive: boolean) {
    if (passive && samples.length > 0) {
      const b = bounds(monotonicNow())
      const off = b
        ? Math.max(b.lo - (sample.offset + sample.halfWidth), sample.offset - sample.halfWidth - b.hi)
        : 0
      if (off > 0) {
        // One passive sample (a proxy's Date header, a wrong field, a value coarser than declared) must not move
        // a synced clock: it is ignored. Off by more than a second, it also marks the clock stale, so the next
        // request measures actively, which replaces the samples if the server's clock really stepped.
        if (off > PASSIVE_STEP_MS) suspect = true
        return
      }
    }
    samples.push(sample)
    const mono = monotonicNow()
    const b = bounds(mono)
    if (!b || b.lo > b.hi) {
      // The new sample contradicts the old ones (server clock stepped, or a sample was wrong): trust the newest.
      samples = [sample]
    }
    if (samples.length > maxSamples) samples.splice(leastInformative(mono), 1)
    jumped = false
    if (!passive) suspect = false
  }

  // Only the samples with the highest lower and the lowest upper bound shape the estimate: the widest of the others
  // goes first, so a sample with one tight side is kept however long its round trip (the widest of all when every
  // kept sample shapes it).
  function leastInformative(mono: number): number {
    const grow = (s: Sample) => ((mono - s.at) * driftPpm) / 1e6
    const lower = (s: Sample) => s.offset - s.halfWidth - grow(s)
    const upper = (s: Sample) => s.offset + s.halfWidth + grow(s)
    const width = (s: Sample) => s.halfWidth + grow(s)
    let loAt = 0
    let hiAt = 0
    for (let i = 1; i < samples.length; i++) {
      if (lower(samples[i]!) > lower(samples[loAt]!)) loAt = i
      if (upper(samples[i]!) < upper(samples[hiAt]!)) hiAt = i
    }
    let worst = -1
    for (let i = 0; i < samples.length; i++) {
      if ((i === loAt || i === hiAt) && samples.length > 2) continue
      if (worst < 0 || width(samples[i]!) > width(samples[worst]!)) worst = i
    }
    return worst
  }

  function addMeasurement(
    serverTime: number,
    sentAt: number,
    receivedAt: number,
    resolution: number,
    passive: boolean,
  ) {
    // A time of 0, in seconds or in µs is a broken answer, never a clock to follow (requests stamped 1970).
    if (!isPlausibleEpochMs(serverTime) || !(receivedAt >= sentAt)) return
    // The server stamped its time somewhere between our send and receive; its value is truncated to
    // `resolution`, and our anchor is within 1 ms of the wall clock (whole ms from Date.now(), or a finer reading
    // inside the same ms), which widens the bound by 1 ms each way.
    const lo = serverTime - local(receivedAt) - 1
    const hi = serverTime + resolution - local(sentAt) + 1
    add(
      { offset: (lo + hi) / 2, halfWidth: (hi - lo) / 2, at: receivedAt, rtt: receivedAt - sentAt },
      passive,
    )
  }

  function status(): ClockStatus {
    checkJump()
    const mono = monotonicNow()
    const b = bounds(mono)
    // Read on every signed request: one pass, no arrays.
    let last: number | undefined
    let bestRtt: number | undefined
    for (const s of samples) {
      if (last === undefined || s.at > last) last = s.at
      if (bestRtt === undefined || s.rtt < bestRtt) bestRtt = s.rtt
    }
    const stale = jumped || suspect || (last !== undefined && mono - last > staleAfterMs)
    return {
      offsetMs: b ? (b.lo + b.hi) / 2 : 0,
      uncertaintyMs: b && !jumped ? (b.hi - b.lo) / 2 : Infinity,
      driftPpm,
      lastSyncAt: last === undefined ? undefined : local(last),
      samples: samples.length,
      bestRttMs: bestRtt,
      state: b === undefined && !jumped ? 'unsynced' : stale ? 'stale' : 'synced',
    }
  }

  function sync(): Promise<ClockStatus> {
    if (inflight) return inflight
    inflight = (async () => {
      checkJump()
      const calledAt = monotonicNow()
      const answer = await fetchServerTime()
      const returnedAt = monotonicNow()
      const { serverTime, sentAt, receivedAt } = sampleTimes(answer, calledAt, returnedAt)
      if (!isPlausibleEpochMs(serverTime)) {
        throw new ExchangeError(
          `The server time answer is not a plausible epoch-ms time: ${describeEpochMs(serverTime)}.`,
          {
            details: ['The clock keeps its previous estimate; nothing was signed with this time.'],
            hint: 'Check that the time endpoint and base URL point at the exchange (a proxy or captive portal may be answering).',
          },
        )
      }
      addMeasurement(serverTime, sentAt, receivedAt, resolutionMs, false)
      return status()
    })().finally(() => {
      inflight = undefined
    })
    return inflight
  }

  if (resyncIntervalMs !== undefined) {
    timer = setInterval(() => {
      sync().catch(() => {})
    }, resyncIntervalMs)
    timer.unref?.()
  }

  return {
    now() {
      checkJump()
      const mono = monotonicNow()
      const b = bounds(mono)
      return local(mono) + (b ? (b.lo + b.hi) / 2 : 0)
    },
    status,
    sync,
    observe(sample: PassiveSample) {
      checkJump()
      addMeasurement(sample.serverTime, sample.sentAt, sample.receivedAt, sample.resolutionMs ?? 1, true)
    },
    monotonicNow,
    stop() {
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}
