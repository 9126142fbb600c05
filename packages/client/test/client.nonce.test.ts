import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Clock, createNonceSource, InvalidNonceError, localClock } from '@signet/core'
import { createFileNonceStore } from '@signet/core/node'
import { emulations } from '@signet/exchanges/emulate'
import { beforeEach, describe, expect, it } from 'vitest'
import { type ClientEvent, createClient } from '../src/index'

// Kraken from the registry, as the CLI and the other client tests take exchanges.
const krakenEmulation = emulations.find((e) => e.definition.id === 'kraken')!
const kraken = krakenEmulation.definition
const { examples: krakenExamples, verification: krakenVerification } = krakenEmulation
const createKrakenSigner = kraken.createSigner
const secret = randomBytes(64).toString('base64')
// Each test its own API key: the default nonce source is shared by every client of a key in this process.
let key = { apiKey: 'NONCEtestKey', secret }
let keys = 0
beforeEach(() => {
  key = { apiKey: `NONCEtestKey${++keys}`, secret }
})
const T = 1_700_000_000_000

/** Kraken's server in-process: every request through its verifier, each nonce it saw recorded in arrival order. */
function krakenServer(options: Record<string, unknown> = {}) {
  const verifier = krakenVerification.createVerifier({ keys: [key], now: () => T, ...options })
  const seen: { nonce: bigint; ok: boolean }[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    if (url.pathname === '/0/public/Time') {
      const r = verifier.respond.serverTime(T)
      return new Response(r.body, { status: r.status, headers: r.headers })
    }
    const body = await request.text()
    const result = verifier.verify({
      method: request.method,
      url: url.pathname,
      headers: Object.fromEntries(request.headers),
      body,
    })
    seen.push({ nonce: BigInt(/nonce=(\d+)/.exec(body)![1]!), ok: result.ok })
    const r = result.ok ? verifier.respond.ok({ ok: true }) : result.response
    return new Response(r.body, { status: r.status, headers: r.headers })
  }
  return { fetch: fetch as typeof globalThis.fetch, seen }
}

const clockAt = (ms: () => number): Clock => localClock({ wallNow: ms })

describe('client: nonce freshness (Kraken)', () => {
  it('behavior: 1,000 concurrent requests through one client carry 1,000 distinct, strictly increasing nonces', async () => {
    const server = krakenServer()
    const client = createClient({
      exchange: kraken,
      signer: createKrakenSigner(key),
      baseUrl: 'https://kraken.test',
      fetch: server.fetch,
      clock: clockAt(() => T),
      // No rate budget: it would spread the burst over Kraken's API counter (15 calls, draining 0.33 per second).
      budget: false,
    })
    const answers = await Promise.all(
      Array.from({ length: 1000 }, () => client.request(krakenExamples.account)),
    )
    expect(answers).toHaveLength(1000)
    const accepted = server.seen.filter((s) => s.ok).map((s) => s.nonce)
    expect(accepted).toHaveLength(1000)
    expect(new Set(accepted).size).toBe(1000)
    for (let i = 1; i < accepted.length; i++) expect(accepted[i]! > accepted[i - 1]!).toBe(true)
    // Anchored to the server clock: the first nonce is its ms time.
    expect(accepted[0]).toBe(BigInt(T))
  })

  it('behavior: after a restart over the same high-water file the first nonce is above the last one, though the clock went back', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'signet-kraken-')), 'nonces.json')
    const server = krakenServer()
    const run = async (now: number, requests: number) => {
      const clock = clockAt(() => now)
      const client = createClient({
        exchange: kraken,
        signer: createKrakenSigner(key),
        baseUrl: 'https://kraken.test',
        fetch: server.fetch,
        clock,
        nonceSource: createNonceSource({ now: () => clock.now(), store: createFileNonceStore({ path }) }),
        budget: false,
      })
      await Promise.all(Array.from({ length: requests }, () => client.request(krakenExamples.account)))
    }
    await run(T, 300)
    const last = server.seen.at(-1)!.nonce
    await run(T - 60_000, 1)
    const first = server.seen.at(-1)!
    expect(first.nonce).toBe(last + 1n)
    expect(first.ok).toBe(true)
    expect(server.seen.every((s) => s.ok)).toBe(true)
  })

  it('behavior: EAPI:Invalid nonce is retried once with a fresh nonce; refused again, the error names a shared NonceSource', async () => {
    const server = krakenServer()
    const events: ClientEvent[] = []
    const client = createClient({
      exchange: kraken,
      signer: createKrakenSigner(key),
      baseUrl: 'https://kraken.test',
      fetch: server.fetch,
      clock: clockAt(() => T),
      hooks: { onRetry: (e) => events.push(e) },
    })
    // Another process on the same key got one nonce in first: one refusal, then a fresh nonce passes.
    const other = createKrakenSigner(key).signSync!(krakenExamples.account, { nonce: BigInt(T) })
    await server.fetch('https://kraken.test/0/private/Balance', other)
    await client.request(krakenExamples.account)
    expect(events.map((e) => e.type === 'retry' && e.reason)).toEqual(['nonce'])
    expect(server.seen.map((s) => s.ok)).toEqual([true, false, true])
    // ... and one far ahead (µs nonces, say): the retry fails too, and nothing more is sent.
    const ahead = createKrakenSigner(key).signSync!(krakenExamples.account, { nonce: BigInt(T) * 1000n })
    await server.fetch('https://kraken.test/0/private/Balance', ahead)
    const before = server.seen.length
    const error = await client.request(krakenExamples.placeOrder('n-1')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidNonceError)
    expect((error as InvalidNonceError).hint).toContain('share one NonceSource')
    expect(server.seen.length - before).toBe(2)
  })
})

describe('client: the default nonce source', () => {
  it('behavior: two clients of one key in this process share it, so the second never goes below the first', async () => {
    const server = krakenServer()
    const make = (now: number) =>
      createClient({
        exchange: kraken,
        signer: createKrakenSigner(key),
        baseUrl: 'https://kraken.test',
        fetch: server.fetch,
        clock: clockAt(() => now),
      })
    await make(T + 500).request(krakenExamples.account)
    // A second client whose clock estimate is 400 ms lower (Kraken's time endpoint has whole seconds).
    await make(T + 100).request(krakenExamples.account)
    expect(server.seen.map((s) => [s.nonce - BigInt(T), s.ok])).toEqual([
      [500n, true],
      [501n, true],
    ])
  })
})
