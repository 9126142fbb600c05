// The fleet benchmarks of issue 18, side by side: nonce allocations per second on Redis (target ≥ 5,000/s), and
// eight processes on one Binance key and IP, through Signet's Redis budget or each with ccxt's per-process
// throttler, against the emulator with Binance's limits on a shorter clock (429s, 418s, achieved rate).
// Run: pnpm --filter @signet/bench bench:fleet [--quick]   (needs redis-server on PATH; builds nothing itself)
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { binanceEmulation } from '@signet/binance/emulate'
import { startEmulator } from '@signet/emulator'
import { createRedisNonceSource } from '@signet/redis'
import { startRedisServer } from '../../../redis/test/_redisServer'
import type { FleetWorkerConfig } from './worker'

const quick = process.argv.includes('--quick')
const fleetSize = 8
const seconds = quick ? 14 : 30
// Binance's 6000 weight per minute on a tenfold faster clock: 6000 weight per 6 s.
const scale = { limit: 1, window: 0.1 }
const worker = fileURLToPath(new URL('./worker.ts', import.meta.url))

const redis = await startRedisServer()
try {
  // 1. Nonce allocations per second: 8 clients on one key, µs nonces, each waiting for its previous answer.
  const clients = await Promise.all(Array.from({ length: fleetSize }, () => redis.client()))
  const sources = clients.map((c) =>
    createRedisNonceSource({ redis: c, now: () => Date.now(), unitsPerMs: 1000 }),
  )
  await Promise.all(sources.map((s) => s.next('bench')))
  const perClient = quick ? 500 : 3000
  const t = performance.now()
  const all = await Promise.all(
    sources.map(async (s) => {
      const mine: bigint[] = []
      for (let i = 0; i < perClient; i++) mine.push(await s.next('bench'))
      return mine
    }),
  )
  const nonceRate = (fleetSize * perClient) / ((performance.now() - t) / 1000)
  const flat = all.flat()
  const unique = new Set(flat).size === flat.length
  console.log(
    `nonce allocations: ${Math.round(nonceRate)}/s with ${fleetSize} clients (target ≥ 5000/s), all unique: ${unique}`,
  )

  // 2. The fleet, once with Signet's Redis budget and once with ccxt's per-process throttler.
  const rows: string[] = []
  for (const mode of ['signet', 'ccxt'] as const) {
    const apiKey = `bench${randomBytes(30).toString('hex')}`
    const secret = randomBytes(32).toString('hex')
    await (await redis.client()).flushall()
    const emulator = await startEmulator({
      exchanges: [binanceEmulation],
      keys: { binance: [{ apiKey, secret }] },
      rateLimitScale: scale.limit,
      rateLimitWindowScale: scale.window,
    })
    try {
      const outcomes = new Map<string, number>()
      const workers = Array.from({ length: fleetSize }, () => {
        const config: FleetWorkerConfig = {
          mode,
          baseUrl: emulator.baseUrl('binance'),
          apiKey,
          secret,
          redisPort: redis.port,
          fleetSize,
          scale,
        }
        return spawn(process.execPath, ['--import', 'tsx', worker], {
          env: { ...process.env, SIGNET_FLEET_BENCH: JSON.stringify(config) },
          stdio: ['pipe', 'pipe', 'inherit'],
        })
      })
      const ready = workers.map(
        (child) =>
          new Promise<void>((resolve, reject) => {
            child.stdout!.on('data', (chunk: Buffer) => {
              for (const line of String(chunk).split('\n')) {
                if (line === 'READY') resolve()
                if (line.startsWith('R ')) outcomes.set(line.slice(2), (outcomes.get(line.slice(2)) ?? 0) + 1)
              }
            })
            child.once('exit', (code) =>
              reject(new Error(`a ${mode} worker exited (${code}) before it was ready`)),
            )
          }),
      )
      const exits = workers.map((child) => new Promise((resolve) => child.once('exit', resolve)))
      await Promise.all(ready)
      const startAt = Date.now() + 300
      const stopAt = startAt + seconds * 1000
      for (const child of workers) child.stdin!.write(`GO ${startAt} ${stopAt}\n`)
      await Promise.all(exits)
      console.log(`${mode}: what the bots saw: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`)
      // Whole windows only (Binance's are fixed, on the exchange's clock), so a first partial window does not count.
      const window = 60_000 * scale.window
      const from = Math.ceil(startAt / window) * window
      const to = Math.floor(stopAt / window) * window
      const during = emulator.requests().filter((r) => r.serverTime >= startAt && r.serverTime < stopAt)
      const accepted = during.filter(
        (r) => r.status === 200 && r.path === '/api/v3/account' && r.serverTime >= from && r.serverTime < to,
      ).length
      const weightPerSecond = (accepted * 20) / ((to - from) / 1000)
      const allowed = (6000 * scale.limit) / (60 * scale.window)
      const count = (status: number) => during.filter((r) => r.status === status).length
      rows.push(
        `| ${mode} | ${count(429)} | ${count(418)} | ${weightPerSecond.toFixed(0)} of ${allowed} weight/s (${((100 * weightPerSecond) / allowed).toFixed(0)}%) |`,
      )
    } finally {
      await emulator.stop()
    }
  }
  console.log(`\n${fleetSize} processes, one Binance key and IP, ${seconds} s:\n`)
  console.log('| library | 429 | 418 | accepted rate |\n|---|---|---|---|')
  for (const row of rows) console.log(row)
} finally {
  await redis.stop()
}
