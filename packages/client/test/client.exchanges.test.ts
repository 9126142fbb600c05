import { inspect } from 'node:util'
import { isSignetError } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { type Emulator, startEmulator } from '@signet/emulator'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import type { ClientEvent, CreateClientOptions } from '../src/types'
import { type Fixture, fixtures } from './exchanges'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: fixtures.map((f) => f.emulation),
    keys: Object.fromEntries(fixtures.map((f) => [f.exchange.id, [f.key]])),
    latencyMs: { up: 4, down: 1 },
    jitterMs: 3,
    // The client's behaviour under skew, jumps and faults is the subject; the emulator's own tests cover the limits.
    rateLimits: false,
    // Every quote asset an example order spends (USD on Coinbase and Kraken, USDC on Hyperliquid).
    balances: { USDT: 1_000_000, USD: 1_000_000, USDC: 1_000_000, BTC: 100, ETH: 1000 },
  })
})
afterAll(() => emulator.stop())

function clientFor(f: Fixture, events: ClientEvent[] = [], extra: Partial<CreateClientOptions> = {}) {
  const push = (e: ClientEvent) => events.push(e)
  return createClient({
    exchange: f.exchange,
    signer: f.exchange.createSigner(f.credentials),
    baseUrl: emulator.baseUrl(f.exchange.id),
    hooks: { onRequest: push, onResponse: push, onRetry: push, onResync: push },
    ...extra,
  })
}

const retries = (events: ClientEvent[]) => events.filter((e) => e.type === 'retry').length
let seq = 0
const orderId = (id: string) => `${id}${Date.now() % 1e6}${seq++}`

describe.each(fixtures)('createClient against the emulated $exchange.id', (f) => {
  const { examples } = f.emulation
  const timeRequests = () =>
    emulator
      .requests()
      .filter(
        (r) =>
          r.exchange === f.exchange.id &&
          r.path === f.exchange.products[f.exchange.defaultProduct]!.serverTime.path,
      ).length

  it.each([3000, -8000, 25_000])(
    'behavior: with the exchange clock skewed by %i ms every signed request succeeds with at most one retry',
    async (skew) => {
      emulator.set({ clockSkewMs: { [f.exchange.id]: skew } })
      const events: ClientEvent[] = []
      const client = clientFor(f, events)
      const id = orderId('s')
      // The exchange records the id in its own form (Gate.io's `t-` prefix, Hyperliquid's cloid): count orders.
      const placed = emulator.orders(f.exchange.id).length
      await client.request(examples.account)
      await client.request(examples.placeOrder(id))
      // A 10 s jump of the exchange's clock mid-run.
      emulator.jumpClock(10_000, f.exchange.id)
      // Coinbase cancels by the exchange's order id only (its emulation names no client-id cancel).
      const byClientId = f.emulation.byClientOrderId?.includes('cancel') ?? true
      await client.request(examples.cancelOrder(byClientId ? id : emulator.orders(f.exchange.id).at(-1)!.id))
      await client.request(examples.account)
      emulator.jumpClock(-10_000, f.exchange.id)
      expect(retries(events)).toBeLessThanOrEqual(1)
      expect(
        emulator
          .orders(f.exchange.id)
          .slice(placed)
          .map((o) => o.status),
      ).toEqual(['canceled'])
    },
  )

  it("behavior: awkward values (unicode, ' @ : , / + = & %, spaces) reach the exchange as the bytes that were signed", async () => {
    emulator.set({ clockSkewMs: 0, faults: [] })
    // No rate budget here: 40 runs would wait on Kraken's API counter (15 calls, draining 0.33 per second).
    const client = clientFor(f, [], { budget: false })
    const awkward = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.stringMatching(/^[a-z '@:,/+=&%!*()~#?]{0,16}$/),
    )
    await fc.assert(
      fc.asyncProperty(awkward, async (value) => {
        const intent = examples.account
        // Where the account request carries parameters: a form for Kraken's private POSTs, the query elsewhere.
        const inForm = intent.method !== 'GET' && f.exchange.bodyParams === 'form'
        await client.request(
          inForm
            ? { ...intent, form: { ...intent.form, note: value } }
            : { ...intent, params: { ...intent.params, note: value } },
        )
      }),
      { numRuns: 40 },
    )
  })

  it('behavior: a burst of 200 concurrent requests causes one server-time request, not 200', async () => {
    emulator.set({ clockSkewMs: { [f.exchange.id]: 2500 } })
    // No rate budget here: it would spread the burst out (OKX allows 10 balance requests per 2 s).
    const client = clientFor(f, [], { budget: false })
    const before = timeRequests()
    await Promise.all(Array.from({ length: 200 }, () => client.request(examples.account)))
    expect(timeRequests() - before).toBe(1)
  })

  it('behavior: a POST that fails with a 5xx or a dropped connection is not retried; no order is placed twice', async () => {
    emulator.set({ clockSkewMs: 0 })
    const client = clientFor(f)
    for (const kind of ['5xx', 'drop'] as const) {
      const id = orderId(kind)
      const place = examples.placeOrder(id)
      const placed = emulator.orders(f.exchange.id).length
      emulator.set({
        faults: [
          { kind, exchange: f.exchange.id, method: place.method, path: place.path, phase: 'after', times: 1 },
        ],
      })
      const error: any = await client.request(place).catch((e: any) => e)
      expect(isSignetError(error)).toBe(true)
      expect(emulator.orders(f.exchange.id).slice(placed)).toHaveLength(1)
      expect(
        emulator
          .requests()
          // Accepted: 200, or 201 where the exchange answers a creation so (Gate.io).
          .filter((r) => r.method === place.method && r.path === place.path && r.status < 300).length,
      ).toBeGreaterThan(0)
    }
    emulator.set({ faults: [] })
  })

  it('error: wrong secret, unknown key and timestamp errors are typed, with code and hint, and leak nothing', async () => {
    emulator.set({ clockSkewMs: 0, faults: [] })
    // Where the exchange signs with a private key (Coinbase), the wrong key is another generated private key.
    const wrongKey =
      f.credentials.privateKey === undefined
        ? { ...f.credentials, secret: 'ZZZZ0123456789ABCDEF0123456789AB' }
        : {
            ...f.credentials,
            privateKey: testKeyFor(f.exchange, f.emulation.verification).credentials.privateKey,
          }
    // Hyperliquid has no API key: a wrong or unknown key is another wallet, whose address Hyperliquid recovers and
    // does not know ("User or API Wallet 0x… does not exist.").
    const cases: [string, Fixture['credentials'], string][] =
      f.exchange.id === 'hyperliquid'
        ? [
            [
              'InvalidSignatureError',
              testKeyFor(f.exchange, f.emulation.verification).credentials,
              'another wallet',
            ],
          ]
        : [
            [
              // KuCoin signs the passphrase with the secret (key version 2): a wrong secret fails that check first.
              f.exchange.id === 'kucoin' ? 'PassphraseError' : 'InvalidSignatureError',
              wrongKey,
              'invalid signature',
            ],
            [
              // Coinbase answers every JWT problem, an unknown key included, with the same bare 401.
              f.exchange.id === 'coinbase' ? 'InvalidSignatureError' : 'InvalidApiKeyError',
              { ...f.credentials, apiKey: `${f.exchange.id}-unknown-key` },
              'unknown key',
            ],
          ]
    if (f.credentials.passphrase)
      cases.push(['PassphraseError', { ...f.credentials, passphrase: 'Wrong-Pass-42' }, 'wrong passphrase'])
    for (const [name, credentials] of cases) {
      const client = createClient({
        exchange: f.exchange,
        signer: f.exchange.createSigner(credentials),
        baseUrl: emulator.baseUrl(f.exchange.id),
      })
      const error: any = await client.request(examples.account).catch((e: any) => e)
      expect(error.name, name).toBe(name)
      expect(error.code).toBeDefined()
      expect(error.hint).toBeTruthy()
      const printed = `${error.message}\n${inspect(error, { depth: 5 })}\n${JSON.stringify(error)}\n${String(error.cause)}`
      for (const s of [
        ...f.secrets,
        String(credentials.secret ?? credentials.privateKey),
        String(credentials.passphrase ?? 'none-given'),
      ]) {
        if (s !== 'none-given') expect(printed).not.toContain(s)
      }
    }
  })
})
