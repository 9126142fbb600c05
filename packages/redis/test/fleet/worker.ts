// One bot process of the fleet test: this "host" has its own clock skew and shares one Binance key and IP, one
// Bybit account and one Kraken key with the others through Redis. Run by fleet.test.ts with tsx; prints one line
// per request (`R <exchange> <outcome> <code>`) and per Kraken nonce (`N <nonce>`).
import { binance, binanceRateLimits } from '@signet/binance'
import { binanceExamples } from '@signet/binance/emulate'
import { bybit, bybitRateLimits } from '@signet/bybit'
import { bybitExamples } from '@signet/bybit/emulate'
import { createClient } from '@signet/client'
import {
  type Clock,
  type ExchangeDefinition,
  isSignetError,
  type RateLimits,
  type RequestIntent,
  scaleRateLimits,
} from '@signet/core'
import { kraken, krakenRateLimits } from '@signet/kraken'
import { krakenExamples } from '@signet/kraken/emulate'
import { Redis } from 'ioredis'
import { createRedisBudget, createRedisNonceOrder, createRedisNonceSource } from '../../src/index'
import type { FleetConfig } from './config'

const config = JSON.parse(process.env.SIGNET_FLEET_CONFIG!) as FleetConfig
// This host's wall clock is off by skewMs; the clients' server clocks must make up for it.
const realNow = Date.now
Date.now = () => realNow() + config.skewMs

const print = (line: string) => process.stdout.write(`${line}\n`)
const redis = new Redis({
  port: config.redisPort,
  host: '127.0.0.1',
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
})
redis.on('error', () => {})

function budgetFor(exchange: ExchangeDefinition, limits: RateLimits, clock: () => Clock) {
  return createRedisBudget({
    redis,
    limits: scaleRateLimits(limits, config.scales[exchange.id as 'binance' | 'bybit' | 'kraken']),
    now: () => clock().now(),
    uncertaintyMs: () => clock().status().uncertaintyMs,
    // One IP and one account for the whole fleet.
    scopes: { ip: 'egress-1', account: `${exchange.id}-account-1`, key: `${exchange.id}-key-1` },
    fleetSize: config.fleetSize,
    earlyMs: config.earlyMs,
    lateMs: config.lateMs,
    exchange: exchange.id,
    // Generous for a loaded test machine: a call that takes longer counts as Redis being unreachable.
    timeoutMs: 2000,
    probeMs: 250,
    onStateChange: (state) => print(`S ${exchange.id} ${state} ${realNow()}`),
  })
}

// One send order per process for the Kraken key; its nonces are allocated only under its lease.
const order = createRedisNonceOrder({ redis, timeoutMs: 1000, leaseMs: 3000 })

function clientFor(exchange: ExchangeDefinition, limits: RateLimits) {
  const key = config.keys[exchange.id]!
  const client: ReturnType<typeof createClient> = createClient({
    exchange,
    signer: exchange.createSigner(key),
    baseUrl: config.baseUrls[exchange.id]!,
    budget: budgetFor(exchange, limits, () => client.clock),
    ...(exchange.id === 'kraken'
      ? {
          // Kraken checks nonces in arrival order: the key's requests go one at a time across the fleet. A killed
          // holder's lease expires after 3 s, above the 2 s the client gives one attempt.
          timeoutMs: 2000,
          nonceOrder: order,
          nonceSource: recording(
            createRedisNonceSource({
              redis,
              order,
              now: () => client.clock.now(),
              // spec kraken.md §6: Kraken's time is whole seconds, so hosts' server-aligned clocks agree within ~1 s.
              clockSpreadMs: 1500,
              maxLeadMs: 2000,
              timeoutMs: 1000,
            }),
          ),
        }
      : {}),
  })
  return client
}

/** Prints every nonce handed out, so the test can check that none repeats or decreases. */
function recording<T extends { next(key: string): Promise<bigint> }>(source: T): T {
  return {
    ...source,
    async next(key: string) {
      const nonce = await source.next(key)
      print(`N ${nonce}`)
      return nonce
    },
  }
}

// `account`: the exchange's example account read (its emulation's examples).
type Loop = { exchange: ExchangeDefinition; account: RequestIntent; client: ReturnType<typeof createClient> }

async function run({ exchange, account, client }: Loop, startAt: number, stopAt: number) {
  while (realNow() < startAt) await new Promise((r) => setTimeout(r, 2))
  while (realNow() < stopAt) {
    try {
      await client.request(account)
      print(`R ${exchange.id} ok -`)
    } catch (error) {
      const name = isSignetError(error) ? error.name : 'Error'
      const code = isSignetError(error) ? (error.code ?? '-') : String(error).replace(/\s+/g, '_')
      print(`R ${exchange.id} ${name} ${code}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

const loops: Loop[] = [
  { exchange: binance, account: binanceExamples.account, client: clientFor(binance, binanceRateLimits) },
  { exchange: bybit, account: bybitExamples.account, client: clientFor(bybit, bybitRateLimits) },
  { exchange: kraken, account: krakenExamples.account, client: clientFor(kraken, krakenRateLimits) },
]
// Sync every clock before the start, as a bot does when it boots.
await Promise.all(loops.map((l) => l.client.clock.sync()))
print('READY')
// The test answers `GO <startAt> <stopAt>` (real epoch ms) once every worker is ready.
const go = await new Promise<string>((resolve) => {
  let buffer = ''
  process.stdin.on('data', (chunk) => {
    buffer += chunk
    if (buffer.includes('\n')) resolve(buffer)
  })
})
const [, startAt, stopAt] = go.trim().split(' ').map(Number)
// A request still waiting for room at the stop is abandoned, as a bot that shuts down abandons it.
setTimeout(
  () => {
    print('DONE')
    process.exit(0)
  },
  stopAt! + 500 - realNow(),
).unref()
await Promise.all(loops.map((l) => run(l, startAt!, stopAt!)))
redis.disconnect()
print('DONE')
process.exit(0)
