import type { ExchangeDefinition } from '@signet/core'
import { seededRandom } from '../stats'
import { loadEmulations } from '../verify'

export type ClockChildConfig = {
  trials: number
  /** Syncs per trial for Signet's clock (its default `maxSamples` is 8). */
  samplesPerTrial: number
  latencyMs: { up: number; down: number }
  jitterMs: number
  /** Skew of each trial is uniform in ±maxSkewMs. */
  maxSkewMs: number
  seed: number
}

/** One time request as a single-sample estimator sees it (local wall clock before and after, server time). */
type Sample = { start: number; serverTime: number; end: number }

export type ClockChildResult = {
  exchange: string
  config: ClockChildConfig
  /** Error of each estimate in ms (estimate - true offset), per method. */
  errors: {
    signetK: number[]
    signet1: number[]
    noCorrection: number[]
    halfRtt: number[]
  }
  /** Signet's reported uncertainty per trial, after 1 and after K samples, ms. */
  uncertainty: { signetK: number[]; signet1: number[] }
  /** Trials where |error| > reported uncertainty. */
  outside: { signetK: number; signet1: number }
  rttMs: number[]
}

/**
 * Clock-offset accuracy against the loopback emulator: a known skew per trial (the emulator's server time is
 * exactly `Date.now() + skew`, so the true offset is the skew), asymmetric one-way latency and uniform jitter
 * each way. Each time request feeds Signet's server clock and is also scored by the single-sample estimators
 * other libraries use.
 */
export async function clockChild(config: ClockChildConfig): Promise<ClockChildResult> {
  const { startEmulator } = (await import('@signet/emulator')) as any
  const { createServerClock } = await import('@signet/core')
  const { createClient } = (await import('@signet/client')) as any
  const emulations = await loadEmulations()
  const emulation = emulations.binance ?? emulations.bybit ?? emulations.okx
  if (!emulation) throw new Error('no Signet exchange package is built')
  const definition: ExchangeDefinition = emulation.definition
  const random = seededRandom(config.seed)
  const emulator = await startEmulator({
    exchanges: [emulation],
    latencyMs: config.latencyMs,
    jitterMs: config.jitterMs,
    random: seededRandom(config.seed + 1),
  })
  // The client's own time request (ky, the exchange's time endpoint and parser), as a bot would sync with it.
  const client = createClient({ exchange: definition, baseUrl: emulator.baseUrl(definition.id) })
  const result: ClockChildResult = {
    exchange: definition.id,
    config,
    errors: { signetK: [], signet1: [], noCorrection: [], halfRtt: [] },
    uncertainty: { signetK: [], signet1: [] },
    outside: { signetK: 0, signet1: 0 },
    rttMs: [],
  }
  try {
    await client.fetchServerTime() // warm the connection and the code paths
    for (let trial = 0; trial < config.trials; trial++) {
      const skew = Math.round((random() * 2 - 1) * config.maxSkewMs)
      emulator.set({ clockSkewMs: skew })
      const samples: Sample[] = []
      const clock = createServerClock({
        fetchServerTime: async () => {
          const start = Date.now()
          const serverTime = await client.fetchServerTime()
          samples.push({ start, serverTime, end: Date.now() })
          return serverTime
        },
      })
      for (let k = 1; k <= config.samplesPerTrial; k++) {
        const status = await clock.sync()
        if (k !== 1 && k !== config.samplesPerTrial) continue
        const error = status.offsetMs - skew
        const key = k === 1 ? 'signet1' : 'signetK'
        result.errors[key].push(error)
        result.uncertainty[key].push(status.uncertaintyMs)
        if (!(Math.abs(error) <= status.uncertaintyMs)) result.outside[key]++
      }
      for (const s of samples) {
        // ccxt `loadTimeDifference`: timeDifference = after - serverTime (Exchange.js), i.e. offset = server - after.
        result.errors.noCorrection.push(s.serverTime - s.end - skew)
        // tiagosiebler `fetchTimeOffset`: ceil(serverTime - end + (end - start) / 2) (BaseRestClient.js).
        result.errors.halfRtt.push(Math.ceil(s.serverTime - s.end + (s.end - s.start) / 2) - skew)
        result.rttMs.push(s.end - s.start)
      }
      clock.stop()
    }
  } finally {
    await emulator.stop()
  }
  return result
}
