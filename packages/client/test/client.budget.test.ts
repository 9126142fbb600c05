// The budget stage: every attempt reserves its cost before it is signed (issue 18).
import {
  createMemoryBudget,
  localClock,
  RateLimitError,
  type RateLimits,
  scaleRateLimits,
} from '@signet/core'
import { startEmulator } from '@signet/emulator'
import { describe, expect, it } from 'vitest'
import { binanceScript } from '../../emulator/test/scripts/binance'
import { createClient } from '../src/createClient'
import type { Client } from '../src/types'

const binanceEmulation = binanceScript.emulation
const binance = binanceEmulation.definition
const binanceRateLimits = binanceEmulation.rateLimits
const createBinanceSigner = binance.createSigner

const apiKey = 'SignetBudgetTestKey00000000000000000000000000000000000000000000001'
const secret = 'BUDGET0123456789ABCDEF0123456789'
const account = { method: 'GET', path: '/api/v3/account', security: 'signed' } as const

/** A fetch that answers every request with `answer` and counts the calls. */
function countingFetch(answer: () => Response) {
  const calls: string[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    calls.push(new Request(input, init).url)
    return answer()
  }
  return { calls, fetch }
}
const ok = () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })

describe('the budget stage', () => {
  it("default: an in-process budget on the exchange's rateLimits; a request it knows would be rejected is not sent", async () => {
    const limits: RateLimits = {
      ...binanceRateLimits,
      buckets: [{ ...binanceRateLimits.buckets[0]!, limit: 40 }],
    }
    const { calls, fetch } = countingFetch(ok)
    const client = createClient({
      exchange: { ...binance, rateLimits: limits },
      signer: createBinanceSigner({ apiKey, secret }),
      clock: localClock(),
      fetch,
    })
    await client.request(account) // weight 20
    await client.request(account) // weight 40
    const error: any = await client.request(account, { maxWaitMs: 0 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.message).toContain('no room for GET /api/v3/account in request-weight')
    expect(calls).toHaveLength(2)
  })

  it('behavior: after a 429 with Retry-After the budget holds every request back until then', async () => {
    let answer = () =>
      new Response('{"code":-1003,"msg":"Too much request weight used"}', {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '2' },
      })
    const { calls, fetch } = countingFetch(() => answer())
    const client = createClient({
      exchange: binance,
      signer: createBinanceSigner({ apiKey, secret }),
      clock: localClock(),
      fetch,
    })
    await expect(client.request(account)).rejects.toBeInstanceOf(RateLimitError)
    answer = ok
    const held: any = await client.request(account, { maxWaitMs: 0 }).catch((e: unknown) => e)
    expect(held).toBeInstanceOf(RateLimitError)
    expect(held.retryAfterMs).toBeGreaterThan(1500)
    expect(calls).toHaveLength(1)
  })

  it('behavior: a request signed too slowly for its reservation to cover the send is reserved again before it is sent', async () => {
    const { calls, fetch } = countingFetch(ok)
    const memory = createMemoryBudget({ limits: binanceRateLimits, now: () => Date.now(), lateMs: 100 })
    const reserved: number[] = []
    const budget = {
      ...memory,
      reserve: async (...args: Parameters<typeof memory.reserve>) => {
        reserved.push(Date.now())
        return memory.reserve(...args)
      },
    }
    const signer = createBinanceSigner({ apiKey, secret })
    const slow = {
      ...signer,
      sign: async (...args: Parameters<typeof signer.sign>) => {
        await new Promise((r) => setTimeout(r, 120))
        return signer.sign(...args)
      },
    }
    const client = createClient({ exchange: binance, signer: slow, clock: localClock(), fetch, budget })
    await client.request(account)
    expect(calls).toHaveLength(1)
    expect(reserved).toHaveLength(2)
    const quick = createClient({ exchange: binance, signer, clock: localClock(), fetch, budget })
    reserved.length = 0
    await quick.request(account)
    expect(reserved).toHaveLength(1)
  })

  it('behavior: budget false sends without reserving', async () => {
    const { calls, fetch } = countingFetch(ok)
    const client = createClient({
      exchange: {
        ...binance,
        rateLimits: { ...binanceRateLimits, buckets: [{ ...binanceRateLimits.buckets[0]!, limit: 20 }] },
      },
      signer: createBinanceSigner({ apiKey, secret }),
      clock: localClock(),
      fetch,
      budget: false,
    })
    for (let i = 0; i < 3; i++) await client.request(account, { maxWaitMs: 0 })
    expect(calls).toHaveLength(3)
  })

  it('behavior: against the emulator with scaled limits, 6 concurrent loops never get a 429 and use the limit fully', async () => {
    const scale = { limit: 0.02, window: 0.05 } // 120 weight per 3 s
    const emulator = await startEmulator({
      exchanges: [binanceEmulation],
      keys: { binance: [{ apiKey, secret }] },
      rateLimitScale: scale.limit,
      rateLimitWindowScale: scale.window,
      latencyMs: 2,
    })
    try {
      let client: Client | undefined
      const budget = createMemoryBudget({
        limits: scaleRateLimits(binanceRateLimits, scale),
        now: () => client!.clock.now(),
      })
      client = createClient({
        exchange: binance,
        signer: createBinanceSigner({ apiKey, secret }),
        baseUrl: emulator.baseUrl('binance'),
        budget,
      })
      await client.fetchServerTime()
      const until = Date.now() + 6500
      let done = 0
      await Promise.all(
        Array.from({ length: 6 }, async () => {
          while (Date.now() < until) {
            await client!.request(account)
            done++
          }
        }),
      )
      const requests = emulator.requests()
      expect(requests.filter((r: { status: number }) => r.status === 429 || r.status === 418)).toEqual([])
      // 6.5 s spans at least two full 3-s windows of 120 weight: 6 requests of 20 each.
      expect(done).toBeGreaterThanOrEqual(12)
    } finally {
      await emulator.stop()
    }
  })
})
