import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Credentials } from '@signet/core'
import { type Emulator, startEmulator } from '@signet/emulator'
import { binanceEmulation } from '../../../binance/src/emulate/index'
import { bybitEmulation } from '../../../bybit/src/emulate/index'
import { krakenEmulation } from '../../../kraken/src/emulate/index'
import type { RedisServer } from '../_redisServer'
import { bundleWorker } from './bundleWorker'
import type { FleetConfig } from './config'

/** What one fleet run saw: every line the workers printed, and what each emulator answered. @internal */
export type FleetRun = {
  startAt: number
  stopAt: number
  lines: { worker: number; text: string }[]
  binance: Emulator
  others: Emulator
  kraken: Emulator
  scales: FleetConfig['scales']
}

/** A fault the run injects at `atMs` after the start. @internal */
export type FleetFault = { atMs: number; apply: (workers: ChildProcess[]) => Promise<void> | void }

const here = fileURLToPath(new URL('.', import.meta.url))
/** How the emulators scale the limits they enforce; the budgets reserve against the same scaled limits. */
export type FleetScales = FleetConfig['scales']

/**
 * Runs `size` worker processes in two groups ("hosts" with clock skews of +700 ms and −450 ms) against Binance,
 * Bybit and Kraken emulators for `durationMs`, sharing one Redis; stops the emulators after `inspect`. @internal
 */
export async function runFleet(
  redis: RedisServer,
  options: {
    size: number
    durationMs: number
    scales: FleetScales
    faults?: FleetFault[]
    /** Upper bound the budgets take on the time from reserving to arrival, in ms. @default 400 */
    lateMs?: number
  },
  inspect: (run: FleetRun) => void | Promise<void>,
): Promise<void> {
  const { scales, lateMs = 400 } = options
  const keys: Record<string, Credentials> = {
    binance: { apiKey: `fleet${randomBytes(29).toString('hex')}`, secret: randomBytes(32).toString('hex') },
    bybit: { apiKey: `fleet${randomBytes(8).toString('hex')}`, secret: randomBytes(16).toString('hex') },
    kraken: {
      apiKey: `fleet-${randomBytes(20).toString('base64url')}`,
      secret: randomBytes(64).toString('base64'),
    },
  }
  const verifierKey = (id: string) => [{ apiKey: keys[id]!.apiKey, secret: keys[id]!.secret as string }]
  const binance = await startEmulator({
    exchanges: [binanceEmulation],
    keys: { binance: verifierKey('binance') },
    rateLimitScale: scales.binance.limit,
    rateLimitWindowScale: scales.binance.window,
  })
  const others = await startEmulator({
    exchanges: [bybitEmulation],
    keys: { bybit: verifierKey('bybit') },
    rateLimitScale: scales.bybit.limit,
    rateLimitWindowScale: scales.bybit.window,
  })
  // Kraken's key keeps its default, no nonce window (spec kraken.md §4): a nonce that arrives after a higher one
  // is refused; the workers order the key's requests through Redis.
  const krakenEmulator = await startEmulator({
    exchanges: [krakenEmulation],
    keys: { kraken: verifierKey('kraken') },
    rateLimitScale: scales.kraken.limit,
    rateLimitWindowScale: scales.kraken.window,
  })
  const lines: FleetRun['lines'] = []
  const workers: ChildProcess[] = []
  const dir = mkdtempSync(join(tmpdir(), 'signet-fleet-'))
  try {
    const worker = await bundleWorker(`${here}worker.ts`, `${here}tsconfig.json`, dir)
    const ready: Promise<void>[] = []
    const spawnedAt = Date.now()
    for (let id = 0; id < options.size; id++) {
      const config: FleetConfig = {
        workerId: id,
        fleetSize: options.size,
        skewMs: id < options.size / 2 ? 700 : -450,
        redisPort: redis.port,
        baseUrls: {
          binance: binance.baseUrl('binance'),
          bybit: others.baseUrl('bybit'),
          kraken: krakenEmulator.baseUrl('kraken'),
        },
        keys,
        scales,
        // 50 ms of clock error (plus the clock's own bound), and 400 ms from reserving to arrival unless the test
        // says otherwise: eight processes, two emulators and Redis share two cores here, and a starved emulator
        // timestamps a backlog late.
        earlyMs: 50,
        lateMs,
      }
      const child = spawn(process.execPath, [worker], {
        env: { ...process.env, SIGNET_FLEET_CONFIG: JSON.stringify(config) },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      workers.push(child)
      let stderr = ''
      child.stderr!.on('data', (chunk) => {
        stderr += chunk
      })
      ready.push(
        new Promise((resolve, reject) => {
          let buffer = ''
          child.stdout!.on('data', (chunk) => {
            buffer += chunk
            const parts = buffer.split('\n')
            buffer = parts.pop()!
            for (const text of parts) {
              if (text === 'READY') resolve()
              else lines.push({ worker: id, text })
            }
          })
          child.once('exit', (code, signal) =>
            reject(new Error(`worker ${id} exited (${code ?? signal}) before it was ready: ${stderr}`)),
          )
        }),
      )
    }
    await Promise.all(ready)
    console.info(`fleet: ${options.size} workers ready after ${Date.now() - spawnedAt} ms`)
    const startAt = Date.now() + 200
    const stopAt = startAt + options.durationMs
    const exited = workers.map((w) => new Promise<number | null>((resolve) => w.once('exit', resolve)))
    for (const w of workers) w.stdin!.write(`GO ${startAt} ${stopAt}\n`)
    const faults = (options.faults ?? []).map(async (fault) => {
      await new Promise((r) => setTimeout(r, startAt + fault.atMs - Date.now()))
      await fault.apply(workers)
    })
    await Promise.all([...faults, ...exited])
    await inspect({ startAt, stopAt, lines, binance, others, kraken: krakenEmulator, scales })
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL')
    await binance.stop()
    await others.stop()
    await krakenEmulator.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
