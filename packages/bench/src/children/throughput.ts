import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { RequestIntent, SignedRequest, Signer } from '@signet/core'
import { loopbackPeers } from '../adapters/loopback'
import { createSignetSigners } from '../adapters/signet'
import type { BenchKeys, Scheme } from '../payloads'
import { percentile, seededRandom, shuffled } from '../stats'
import { loadEmulations } from '../verify'

const require = createRequire(import.meta.url)

/** The option under which the client hands ky the signed strings for its transport (`WIRE_OPTION`, internal). */
const WIRE_OPTION = 'signetWire'

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
  /**
   * `signet-client`, `signet-signer-fetch` (the reference), `signet-signer-ky` and `signet-signer-transport` (ky's
   * share: the signer with ky on the client's transport, called as the client calls it, and the signer with that
   * transport alone), `ccxt`,
   * `binance-connector`, `siebly`.
   */
  impl: string
  concurrency: number
  requests: number
  errors: number
  seconds: number
  requestsPerSecond: number
  /** Requests per second in each round, in round order: each round times every implementation once, back to back. */
  roundRates: number[]
  /** This process's CPU time (user + system) per request, in µs: what the library costs, whatever the server does. */
  cpuUsPerRequest: number
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
  const { createClient, createTransportFetch } = (await import('@signet/client')) as any
  // ky as @signet/client resolves it (the client's dependency), on the client's own transport.
  const kyPath = createRequire(require.resolve('@signet/client')).resolve('ky')
  const ky = (await import(pathToFileURL(kyPath).href)).default
  const transport: typeof fetch = await createTransportFetch({ maxConnections: 64 })
  const http = ky.create({ retry: 0, throwHttpErrors: false, timeout: 10_000, fetch: transport })
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
    // The same signer and request, signed now and sent by `send`; the answer read and parsed as the client does.
    const signAndSend = async (send: (url: string, signed: SignedRequest) => Promise<Response>) => {
      const signed = signer.signSync!(intent, { timestamp: Date.now(), windowMs: window })
      const response = await send(baseUrl + signed.url, signed)
      const text = await response.text()
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 80)}`)
      return JSON.parse(text)
    }
    // As a user writes it: headers and body in the init.
    const asUserWrites = (via: typeof fetch) => (url: string, signed: SignedRequest) =>
      via(url, {
        method: signed.method,
        headers: signed.headers,
        ...(signed.body === undefined ? {} : { body: signed.body }),
      })
    const viaFetch = asUserWrites(fetch)
    const viaTransport = asUserWrites(transport)
    // ky's floor: ky on the client's transport, called as the client calls it (the signed strings passed through ky
    // to the transport, `packages/client/src/_wire.ts`), with nothing of the client's pipeline.
    const viaKyAsTheClient = (url: string, signed: SignedRequest) =>
      http(url, { method: signed.method, [WIRE_OPTION]: { headers: signed.headers, body: signed.body } })
    const impls: Record<string, () => Promise<unknown>> = {
      'signet-client': () => client.request(intent),
      'signet-signer-fetch': () => signAndSend(viaFetch),
      'signet-signer-ky': () => signAndSend(viaKyAsTheClient),
      'signet-signer-transport': () => signAndSend(viaTransport),
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
    const cpuStart = process.cpuUsage()
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
    const cpu = process.cpuUsage(cpuStart)
    return { latencies, errors, seconds: (performance.now() - start) / 1000, cpuUs: cpu.user + cpu.system }
  }

  const random = seededRandom(config.seed)
  const rows: ThroughputRow[] = []
  for (const concurrency of config.levels) {
    const acc = new Map<
      string,
      { latencies: number[]; errors: number; seconds: number; cpuUs: number; roundRates: number[] }
    >()
    for (const name of Object.keys(impls)) {
      await slice(name, impls[name]!, concurrency, 150, 500) // open the connections, warm the code
      acc.set(name, { latencies: [], errors: 0, seconds: 0, cpuUs: 0, roundRates: [] })
    }
    for (let s = 0; s < config.slices; s++) {
      for (const name of shuffled(Object.keys(impls), random)) {
        const r = await slice(name, impls[name]!, concurrency, config.sliceMs, config.maxRequestsPerSlice)
        const a = acc.get(name)!
        a.latencies.push(...r.latencies)
        a.errors += r.errors
        a.seconds += r.seconds
        a.cpuUs += r.cpuUs
        a.roundRates.push(r.latencies.length / r.seconds)
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
        roundRates: a.roundRates,
        cpuUsPerRequest: a.cpuUs / Math.max(1, a.latencies.length + a.errors),
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
