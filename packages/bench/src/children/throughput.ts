import type { RequestIntent, Signer } from '@signet/core'
import { loopbackPeers } from '../adapters/loopback'
import { createSignetSigners } from '../adapters/signet'
import type { BenchKeys, Scheme } from '../payloads'
import { percentile, seededRandom, shuffled } from '../stats'
import { loadEmulations } from '../verify'

export type ThroughputConfig = {
  url: string
  levels: number[]
  /** Slices per implementation and level; implementations alternate slice by slice. */
  slices: number
  sliceMs: number
  /** Upper bound on requests per slice. */
  maxRequestsPerSlice: number
  seed: number
}

export type ThroughputRow = {
  /** `signet-client`, `signet-signer-fetch` (the reference), `ccxt`, `binance-connector`, `siebly`. */
  impl: string
  concurrency: number
  requests: number
  errors: number
  seconds: number
  requestsPerSecond: number
  latencyMs: { p50: number; p90: number; p99: number; max: number }
}

export type ThroughputCase = { exchange: string; request: string; rows: ThroughputRow[] }
export type ThroughputResult = { cases: ThroughputCase[]; errorSamples: Record<string, string> }

/**
 * Throughput and latency against the loopback emulator (in another process) at fixed concurrency, per exchange:
 * Signet's client (`request`: clock, signing, ky, classification), the same signer with a bare `fetch` (no clock,
 * no classification; the reference), and ccxt, @binance/connector and tiagosiebler's SDKs reading the same
 * signed account endpoint, alternating slice by slice in a shuffled order. The emulator verifies every request.
 */
export async function throughputChild(keys: BenchKeys, config: ThroughputConfig): Promise<ThroughputResult> {
  const { createClient } = (await import('@signet/client')) as any
  const emulations = await loadEmulations()
  const { signers } = await createSignetSigners(keys)
  const peers = await loopbackPeers(keys, config.url)
  const cases: ThroughputCase[] = []
  const errorSamples: Record<string, string> = {}
  for (const id of ['binance', 'bybit', 'okx'] as const) {
    const definition = emulations[id]?.definition
    const signer: Signer | undefined = signers[`${id}-hmac` as Scheme]
    if (!definition || !signer) continue
    const baseUrl = `${config.url}/${id}`
    const intent: RequestIntent = emulations[id]!.examples.account
    // The peers run with their throttlers off; so does the client's rate budget (it would pace to the real limit).
    const client = createClient({ exchange: definition, signer, baseUrl, budget: false })
    await client.request(intent)
    const window =
      definition.freshness.kind === 'timestamp' ? definition.freshness.defaultWindowMs : undefined
    const impls: Record<string, () => Promise<unknown>> = {
      'signet-client': () => client.request(intent),
      'signet-signer-fetch': async () => {
        const signed = signer.signSync!(intent, { timestamp: Date.now(), windowMs: window })
        const response = await fetch(baseUrl + signed.url, {
          method: signed.method,
          headers: signed.headers,
          ...(signed.body === undefined ? {} : { body: signed.body }),
        })
        const text = await response.text()
        if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 80)}`)
        return JSON.parse(text)
      },
    }
    for (const peer of peers) if (peer.exchange === id) impls[peer.impl] = peer.run
    const rows = await measure(impls, config, (impl, error) => {
      errorSamples[`${id}/${impl}`] ??= String((error as Error)?.message ?? error).slice(0, 160)
    })
    cases.push({ exchange: id, request: `${intent.method} ${intent.path}`, rows })
  }
  return { cases, errorSamples }
}

async function measure(
  impls: Record<string, () => Promise<unknown>>,
  config: ThroughputConfig,
  onError: (impl: string, error: unknown) => void,
): Promise<ThroughputRow[]> {
  async function slice(
    name: string,
    run: () => Promise<unknown>,
    concurrency: number,
    ms: number,
    max: number,
  ) {
    const latencies: number[] = []
    let errors = 0
    let started = 0
    const start = performance.now()
    const deadline = start + ms
    const worker = async () => {
      while (performance.now() < deadline && started < max) {
        started++
        const t0 = performance.now()
        try {
          await run()
          latencies.push(performance.now() - t0)
        } catch (error) {
          errors++
          onError(name, error)
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    return { latencies, errors, seconds: (performance.now() - start) / 1000 }
  }

  const random = seededRandom(config.seed)
  const rows: ThroughputRow[] = []
  for (const concurrency of config.levels) {
    const acc = new Map<string, { latencies: number[]; errors: number; seconds: number }>()
    for (const name of Object.keys(impls)) {
      await slice(name, impls[name]!, concurrency, 150, 500) // open the connections, warm the code
      acc.set(name, { latencies: [], errors: 0, seconds: 0 })
    }
    for (let s = 0; s < config.slices; s++) {
      for (const name of shuffled(Object.keys(impls), random)) {
        const r = await slice(name, impls[name]!, concurrency, config.sliceMs, config.maxRequestsPerSlice)
        const a = acc.get(name)!
        a.latencies.push(...r.latencies)
        a.errors += r.errors
        a.seconds += r.seconds
      }
    }
    for (const [impl, a] of acc) {
      rows.push({
        impl,
        concurrency,
        requests: a.latencies.length,
        errors: a.errors,
        seconds: a.seconds,
        requestsPerSecond: a.latencies.length / a.seconds,
        latencyMs: {
          p50: percentile(a.latencies, 50),
          p90: percentile(a.latencies, 90),
          p99: percentile(a.latencies, 99),
          max: Math.max(...a.latencies),
        },
      })
    }
  }
  return rows
}
