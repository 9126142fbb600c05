import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSignetSigners, SIGNET_INTENTS } from '../adapters/signet'
import { cannedFetch } from '../canned'
import { apiKeyOf, type BenchKeys } from '../payloads'
import { percentile } from '../stats'

export type AgentConfig = { rounds: number; concurrency: number; throughputMs: number }

export type AgentResult = {
  /** Per signature, in µs: local `sign`, remote `sign` through the agent's Unix socket, and the difference. */
  localUs: { p50: number; p99: number }
  remoteUs: { p50: number; p99: number }
  addedUs: { p50: number; p99: number }
  /** Signatures per second of one agent with `concurrency` requests in flight from one bot. */
  signaturesPerSecond: number
  concurrency: number
  errors: number
}

/**
 * The cost of signing through the agent: the same Binance order intent signed locally and through
 * `createRemoteSigner` (HTTP over a Unix socket to an agent in this process, its clock synced once through a
 * canned time answer), alternating one by one; then one agent's throughput.
 */
export async function agentChild(keys: BenchKeys, config: AgentConfig): Promise<AgentResult> {
  const { parsePolicy, startAgent } = (await import('@signet/agent/server')) as any
  const { createRemoteSigner } = (await import('@signet/agent')) as any
  const policy = parsePolicy(
    JSON.stringify({
      version: 1,
      keys: {
        bench: {
          exchange: 'binance',
          endpoints: ['POST /api/v3/order'],
          symbols: ['BTCUSDT'],
          maxQuantity: '1',
          maxNotional: '1000000',
        },
      },
    }),
  )
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-agent-'))
  const agent = await startAgent({
    policy,
    keys: { get: async () => ({ apiKey: apiKeyOf(keys, 'binance-hmac'), secret: keys.binanceSecret }) },
    socketPath: join(dir, 'agent.sock'),
    fetch: cannedFetch('binance'),
  })
  try {
    const remote = createRemoteSigner({ exchange: 'binance', keyId: 'bench', socketPath: agent.socketPath })
    const { signers } = await createSignetSigners(keys)
    const local = signers['binance-hmac']!
    const intent = SIGNET_INTENTS['binance-hmac']
    for (let i = 0; i < 300; i++) {
      await local.sign(intent, { timestamp: Date.now(), windowMs: 5000 })
      await remote.sign(intent)
    }
    const localNs: number[] = []
    const remoteNs: number[] = []
    for (let i = 0; i < config.rounds; i++) {
      let t = process.hrtime.bigint()
      await local.sign(intent, { timestamp: Date.now(), windowMs: 5000 })
      localNs.push(Number(process.hrtime.bigint() - t))
      t = process.hrtime.bigint()
      await remote.sign(intent)
      remoteNs.push(Number(process.hrtime.bigint() - t))
    }
    const us = (values: number[], p: number) => percentile(values, p) / 1000
    let done = 0
    let errors = 0
    const deadline = performance.now() + config.throughputMs
    const start = performance.now()
    await Promise.all(
      Array.from({ length: config.concurrency }, async () => {
        while (performance.now() < deadline) {
          try {
            await remote.sign(intent)
            done++
          } catch {
            errors++
          }
        }
      }),
    )
    const seconds = (performance.now() - start) / 1000
    return {
      localUs: { p50: us(localNs, 50), p99: us(localNs, 99) },
      remoteUs: { p50: us(remoteNs, 50), p99: us(remoteNs, 99) },
      addedUs: { p50: us(remoteNs, 50) - us(localNs, 50), p99: us(remoteNs, 99) - us(localNs, 99) },
      signaturesPerSecond: done / seconds,
      concurrency: config.concurrency,
      errors,
    }
  } finally {
    await agent.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
