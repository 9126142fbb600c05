// Issue 12 items 6, 7 and 8 for the five timestamp exchanges: one clock/signer contract (a server clock's
// fractional now() works, the per-call timestamp wins, `now` is always a function), every failure of `sign` a
// typed SignetError with a hint, and implausible times refused by name.
import {
  type Credentials,
  createSecret,
  createServerClock,
  type ExchangeDefinition,
  InvalidParameterError,
  type RequestIntent,
  SignetError,
} from '@signet/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectTyped, thrown } from './_typed'
import { fixtures } from './exchanges'

const five = fixtures.filter((f) => ['binance', 'bybit', 'okx', 'kucoin', 'gateio'].includes(f.exchange.id))
const T = 1_700_000_000_123

const withNow = (f: (typeof five)[number], now: unknown) =>
  f.exchange.createSigner({ ...f.credentials, now } as Credentials)

describe.each(five.map((f) => [f.exchange.id, f] as const))('%s signer', (_id, f) => {
  const exchange: ExchangeDefinition = f.exchange
  const intent = f.emulation.examples.account

  it("behavior: a server clock's fractional now() signs (floored), as `now` or as the per-call timestamp", async () => {
    const clock = createServerClock({
      fetchServerTime: async () => T + 0.6,
      wallNow: () => T,
      monotonicNow: () => 5.25,
    })
    await clock.sync()
    expect(Number.isInteger(clock.now())).toBe(false)
    const exact = await exchange
      .createSigner(f.credentials)
      .sign(intent, { timestamp: Math.floor(clock.now()) })
    expect(await exchange.createSigner(f.credentials).sign(intent, { timestamp: clock.now() })).toEqual(exact)
    expect(await withNow(f, clock.now).sign(intent)).toEqual(exact)
  })

  it('behavior: the per-call timestamp wins over the now option', async () => {
    const fromCall = await withNow(f, () => T + 3_600_000).sign(intent, { timestamp: T })
    expect(fromCall).toEqual(await exchange.createSigner(f.credentials).sign(intent, { timestamp: T }))
  })

  it('error: a `now` option that is not a function is refused at construction, by name', async () => {
    const error = await thrown(() => withNow(f, T))
    expect(error).toBeInstanceOf(InvalidParameterError)
    expect((error as InvalidParameterError).field).toBe('now')
  })

  it('error: timestamps of 0, in seconds, in microseconds or as text are refused by name before signing', async () => {
    const signer = exchange.createSigner(f.credentials)
    for (const timestamp of [0, 1_700_000_000, 1_700_000_000_123_000, -T, Number.NaN, '1700000000123']) {
      const error = await thrown(() => signer.sign(intent, { timestamp: timestamp as number }))
      expect(error, String(timestamp)).toBeInstanceOf(InvalidParameterError)
      expectTyped(error, String(timestamp))
    }
  })

  it('error: a server time of 0, in seconds or in microseconds-as-ms is a typed error, never a clock value', () => {
    const verifier = f.emulation.verification.createVerifier({ keys: [f.key], now: () => T })
    for (const bad of [0, 1_700_000_000, 1_700_000_000_123_000_000]) {
      const body = JSON.parse(verifier.respond.serverTime(bad).body)
      let time: unknown
      const error = (() => {
        try {
          time = exchange.parseServerTime(body)
          return undefined
        } catch (e) {
          return e
        }
      })()
      expect(error, `${bad} was read as ${time}`).toBeInstanceOf(SignetError)
    }
  })

  it('error: a cyclic body, null options, a bigint method and a numeric privateKey are typed errors with a hint', async () => {
    const signer = exchange.createSigner(f.credentials)
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    const cases: [string, () => unknown][] = [
      ['null options', () => signer.sign(intent, null as never)],
      ['bigint method', () => signer.sign({ ...intent, method: 10n as never })],
      ['symbol path', () => signer.sign({ ...intent, path: Symbol('x') as never })],
      [
        'cyclic body',
        () => signer.sign({ method: 'POST', path: intent.path, body: cyclic as never, security: 'signed' }),
      ],
      ['null intent', () => signer.sign(null as never)],
      [
        'numeric privateKey',
        () => exchange.createSigner({ apiKey: f.credentials.apiKey, privateKey: 42 as never }),
      ],
      ['numeric secret', () => exchange.createSigner({ ...f.credentials, secret: 42 as never })],
      ['null credentials', () => exchange.createSigner(null as never)],
    ]
    for (const [label, fn] of cases) {
      const error = await thrown(fn)
      expect(error, `${label} did not throw`).toBeDefined()
      expectTyped(error, label)
    }
  })

  it('behavior: an apiKey given as a Secret is sent as the key itself, never as "[redacted]"', async () => {
    const apiKey = f.credentials.apiKey as string
    const signer = exchange.createSigner({ ...f.credentials, apiKey: createSecret(apiKey) as never })
    const signed = await signer.sign(intent, { timestamp: T })
    expect(Object.values(signed.headers).join('\n') + signed.url).toContain(apiKey)
    expect(Object.values(signed.headers)).not.toContain('[redacted]')
    expect(signer.apiKey).toBe(apiKey)
  })

  it('error: a path with . or .. segments (also %2e) is refused before signing: URL parsers rewrite it', async () => {
    const signer = exchange.createSigner(f.credentials)
    for (const path of ['/api/%2e%2e/x', '/api/../x', '/./api', '/api/.%2E', '/api/%2E']) {
      const error = await thrown(() => signer.sign({ ...intent, path }, { timestamp: T }))
      expect(error, path).toBeInstanceOf(InvalidParameterError)
      expect((error as InvalidParameterError).field).toBe('path')
    }
  })

  it('property: whatever the intent and options, sign resolves or fails with a typed error and a hint', async () => {
    const signer = exchange.createSigner(f.credentials)
    const value = fc.oneof(
      fc.anything(),
      fc.bigInt(),
      fc.constant(Symbol('s')),
      fc.double(),
      fc.string(),
      fc.constant(() => 1),
    )
    const intents = fc.record(
      {
        method: fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'get'), value),
        path: fc.oneof(fc.constant(intent.path), fc.string(), value),
        params: fc.oneof(fc.constant(undefined), fc.dictionary(fc.string(), value), value),
        body: fc.oneof(fc.constant(undefined), value),
        security: fc.oneof(fc.constantFrom('none', 'api-key', 'signed'), value),
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(
        intents,
        fc.oneof(fc.constant(undefined), fc.record({ timestamp: value })),
        async (i, o) => {
          const error = await thrown(() => signer.sign(i as RequestIntent, o as never))
          if (error !== undefined)
            expectTyped(error, `${JSON.stringify(i, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))}`)
        },
      ),
      { numRuns: 300 },
    )
  })
})
