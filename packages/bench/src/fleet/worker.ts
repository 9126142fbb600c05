// One bot process of the fleet benchmark: Signet (a client with the Redis budget) or ccxt (its per-process
// throttler, which assumes the process owns the whole limit). Sends GET /api/v3/account until the stop time and
// prints `R ok|<code or error class>` per answer. Run by fleet/main.ts.
import { binance } from '@signet/binance'
import { type Client, createClient } from '@signet/client'
import { isSignetError, scaleRateLimits } from '@signet/core'
import { createRedisBudget } from '@signet/redis'
import { Redis } from 'ioredis'

export type FleetWorkerConfig = {
  mode: 'signet' | 'ccxt'
  baseUrl: string
  apiKey: string
  secret: string
  redisPort: number
  fleetSize: number
  scale: { limit: number; window: number }
}

const config = JSON.parse(process.env.SIGNET_FLEET_BENCH!) as FleetWorkerConfig
const print = (line: string) => process.stdout.write(`${line}\n`)
/** Says READY, then waits for `GO <startAt> <stopAt>` (epoch ms) on stdin and for the start. */
async function ready(): Promise<number> {
  print('READY')
  const line = await new Promise<string>((resolve) => {
    let buffer = ''
    process.stdin.on('data', (chunk) => {
      buffer += chunk
      if (buffer.includes('\n')) resolve(buffer)
    })
  })
  const [, startAt, stopAt] = line.trim().split(' ').map(Number)
  await new Promise((r) => setTimeout(r, Math.max(0, startAt! - Date.now())))
  return stopAt!
}

async function signet() {
  const redis = new Redis({
    port: config.redisPort,
    host: '127.0.0.1',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  })
  redis.on('error', () => {})
  // Annotated: the budget reads this client's clock, so its type cannot be inferred from its own initializer.
  const client: Client<typeof binance> = createClient({
    exchange: binance,
    signer: binance.createSigner({ apiKey: config.apiKey, secret: config.secret }),
    baseUrl: config.baseUrl,
    budget: createRedisBudget({
      redis,
      limits: scaleRateLimits(binance.rateLimits!, config.scale),
      now: () => client.clock.now(),
      uncertaintyMs: () => client.clock.status().uncertaintyMs,
      scopes: { ip: 'bench-egress', account: 'bench-account' },
      fleetSize: config.fleetSize,
      exchange: 'binance',
    }),
  })
  await client.clock.sync()
  const stopAt = await ready()
  while (Date.now() < stopAt) {
    try {
      await client.get('/api/v3/account')
      print('R ok')
    } catch (error) {
      print(`R ${isSignetError(error) ? (error.code ?? error.name) : 'error'}`)
    }
  }
  redis.disconnect()
}

async function ccxtBot() {
  const ccxt: any = await import('ccxt')
  // ccxt's binance throttler: 50 ms per unit of cost (GET account costs 20), scaled to the emulator's windows.
  const exchange = new ccxt.binance({
    apiKey: config.apiKey,
    secret: config.secret,
    enableRateLimit: true,
    rateLimit: 50 * config.scale.window,
  })
  exchange.urls.api.private = `${config.baseUrl}/api/v3`
  const stopAt = await ready()
  while (Date.now() < stopAt) {
    try {
      await exchange.privateGetAccount()
      print('R ok')
    } catch (error) {
      print(`R ${(error as Error).constructor?.name ?? 'error'}`)
    }
  }
}

await (config.mode === 'signet' ? signet() : ccxtBot())
process.exit(0)
