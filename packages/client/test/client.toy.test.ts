import { inspect } from 'node:util'
import { createServerClock, isSignetError } from '@signet/core'
import { type Emulator, startEmulator } from '@signet/emulator'
import { afterEach, describe, expect, it } from 'vitest'
import { createToySigner, toy, toyEmulation } from '../../emulator/test/toyExchange'
import { createClient } from '../src/createClient'
import type { ClientEvent } from '../src/types'

const SECRET = 'toy-secret-0123456789'
const signer = createToySigner('toy-key', SECRET)
let emulator: Emulator
afterEach(() => emulator?.stop())

async function setup(options: Parameters<typeof startEmulator>[0] extends infer O ? Partial<O> : never = {}) {
  emulator = await startEmulator({
    exchanges: [toyEmulation],
    keys: { toy: [{ apiKey: 'toy-key', secret: SECRET }] },
    ...options,
  })
  const events: ClientEvent[] = []
  const push = (e: ClientEvent) => events.push(e)
  const client = createClient({
    exchange: toy,
    signer,
    baseUrl: emulator.baseUrl('toy'),
    hooks: { onRequest: push, onResponse: push, onRetry: push, onResync: push },
  })
  const timeRequests = () => emulator.requests().filter((r) => r.path === '/time').length
  return { client, events, timeRequests }
}

describe('createClient (toy exchange on the emulator)', () => {
  it.each([3000, -8000, 25_000])(
    'default: signed requests succeed with the exchange clock skewed by %i ms',
    async (skew) => {
      const { client, events } = await setup({ clockSkewMs: skew })
      await expect(client.get('/account')).resolves.toMatchObject({ code: 0 })
      await expect(
        client.post('/order', { json: { symbol: 'BTCUSDT', clientId: 'a' } }),
      ).resolves.toMatchObject({
        code: 0,
      })
      expect(events.filter((e) => e.type === 'retry')).toEqual([])
      expect(Math.abs(client.clock.status().offsetMs - skew)).toBeLessThan(100)
    },
  )

  it('behavior: a burst of 200 concurrent requests causes one server-time request', async () => {
    const { client, timeRequests } = await setup({ clockSkewMs: 4000, latencyMs: 3, jitterMs: 3 })
    const results = await Promise.all(Array.from({ length: 200 }, () => client.get('/account')))
    expect(results).toHaveLength(200)
    expect(timeRequests()).toBe(1)
  })

  it('behavior: an exchange clock jump mid-run is healed by one resync and one re-signed retry', async () => {
    const { client, events, timeRequests } = await setup({ clockSkewMs: 1000 })
    await client.get('/account')
    emulator.jumpClock(10_000)
    await expect(client.get('/account')).resolves.toMatchObject({ code: 0 })
    expect(events.filter((e) => e.type === 'retry').map((e) => (e as { reason: string }).reason)).toEqual([
      'timestamp',
    ])
    expect(timeRequests()).toBe(2)
    const statuses = emulator
      .requests()
      .filter((r) => r.path === '/account')
      .map((r) => r.status)
    expect(statuses).toEqual([200, 400, 200])
  })

  it('behavior: a local wall-clock jump marks the clock stale and the client resyncs before sending', async () => {
    let jump = 0
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: SECRET }] },
    })
    const baseUrl = emulator.baseUrl('toy')
    const clock = createServerClock({
      wallNow: () => Date.now() + jump,
      fetchServerTime: async () =>
        ((await (await fetch(`${baseUrl}/time`)).json()) as { data: { time: number } }).data.time,
    })
    const client = createClient({ exchange: toy, signer, baseUrl, clock })
    await client.get('/account')
    jump = 10_000
    expect(clock.status().state).toBe('stale')
    await client.get('/account')
    expect(
      emulator
        .requests()
        .filter((r) => r.path === '/account')
        .map((r) => r.status),
    ).toEqual([200, 200])
    expect(emulator.requests().filter((r) => r.path === '/time')).toHaveLength(2)
  })

  it('behavior: a POST that fails with a 5xx after the exchange executed it is not retried (no order placed twice)', async () => {
    const { client } = await setup({ faults: [{ kind: '5xx', method: 'POST', phase: 'after', times: 1 }] })
    const error: any = await client
      .post('/order', { json: { symbol: 'BTCUSDT', clientId: 'once' } })
      .catch((e: any) => e)
    expect(isSignetError(error)).toBe(true)
    expect(error).toMatchObject({ name: 'ExchangeError', status: 503 })
    expect(emulator.orders('toy').map((o) => o.clientOrderId)).toEqual(['once'])
    expect(emulator.requests().filter((r) => r.path === '/order')).toHaveLength(1)
  })

  it('behavior: a POST that fails with a network error is not retried and says why', async () => {
    const { client } = await setup({ faults: [{ kind: 'drop', method: 'POST', phase: 'after', times: 1 }] })
    const error: any = await client
      .post('/order', { json: { symbol: 'BTCUSDT', clientId: 'net' } })
      .catch((e: any) => e)
    expect(error.name).toBe('NetworkError')
    expect(error.hint).toContain('Not retried automatically')
    expect(emulator.orders('toy')).toHaveLength(1)
  })

  it('behavior: GET is retried after a network error or 5xx', async () => {
    const { client, events } = await setup({
      faults: [
        { kind: 'drop', method: 'GET', path: '/account', times: 1 },
        { kind: '5xx', path: '/account', times: 1 },
      ],
    })
    await expect(client.get('/account')).resolves.toMatchObject({ code: 0 })
    expect(events.filter((e) => e.type === 'retry').map((e) => (e as { reason: string }).reason)).toEqual([
      'network',
      'server-error',
    ])
  })

  it('error: an HTML error page becomes a typed error, not a crash', async () => {
    const { client } = await setup({ faults: [{ kind: 'html', times: 5 }] })
    const error: any = await client
      .post('/order', { json: { clientId: 'h' }, security: 'signed' })
      .catch((e: any) => e)
    expect(isSignetError(error)).toBe(true)
    expect(error.status).toBe(502)
  })

  it('error: ClockUncertainError before sending when the round trip is too slow for the window', async () => {
    const { client } = await setup({ latencyMs: 700 })
    // Window 1000 ms behind + 1000 ms ahead; a 1.4 s round trip leaves ±700 ms uncertainty plus a 1 s latency budget.
    const error: any = await client
      .request({ method: 'GET', path: '/account', security: 'signed' }, { windowMs: 1000 })
      .catch((e: any) => e)
    expect(error.name).toBe('ClockUncertainError')
    expect(emulator.requests().filter((r) => r.path === '/account')).toEqual([])
  })

  it('error: typed exchange errors carry code and hint, and no secret or signature anywhere', async () => {
    const { client, events } = await setup()
    const bad = createClient({
      exchange: toy,
      signer: createToySigner('toy-key', 'wrong-secret-999999'),
      baseUrl: emulator.baseUrl('toy'),
    })
    const error: any = await bad.get('/account').catch((e: any) => e)
    expect(error).toMatchObject({ name: 'InvalidSignatureError', code: '1', status: 400, exchange: 'toy' })
    await client.get('/account')
    const printed = JSON.stringify(events) + error.message + String(error.cause)
    expect(printed).not.toContain(SECRET)
    expect(printed).not.toContain('wrong-secret')
    for (const e of events) if (e.type === 'request') expect(e.headers['X-SIGN']).toBe('[redacted]')
  })

  it('error: a URL the fetch layer would re-encode is refused before sending', async () => {
    const { client } = await setup()
    const custom = createClient({
      exchange: toy,
      baseUrl: client.baseUrl,
      signer: { ...signer, sign: async () => ({ method: 'GET', url: "/account?x=it's", headers: {} }) },
    })
    await expect(custom.get('/account')).rejects.toThrow(/re-encode/)
  })

  it('error: wrong product, environment or signer exchange', () => {
    expect(() => createClient({ exchange: toy, product: 'futures' })).toThrow(/product/)
    expect(() => createClient({ exchange: toy, environment: 'mars' })).toThrow(/environment/)
    expect(() => createClient({ exchange: toy, signer: { ...signer, exchange: 'other' } })).toThrow(/signer/)
  })
})

describe('createClient server time', () => {
  it('args: a product may take its server time from another host (Binance portfolio margin uses USDⓈ-M)', async () => {
    const urls: string[] = []
    const fetch = async (input: string | URL | Request) => {
      urls.push(new Request(input).url)
      return new Response(JSON.stringify({ code: 0, data: { time: 1_700_000_000_000 } }), { status: 200 })
    }
    const spot = {
      ...toy.products.spot!,
      rest: { live: 'https://papi.toy.invalid' },
      serverTimeRest: { live: 'https://fapi.toy.invalid' },
    }
    const exchange = { ...toy, products: { spot } }
    expect(await createClient({ exchange, fetch }).fetchServerTime()).toBe(1_700_000_000_000)
    expect(await createClient({ exchange, fetch, baseUrl: 'http://127.0.0.1:1/toy' }).fetchServerTime()).toBe(
      1_700_000_000_000,
    )
    expect(urls).toEqual(['https://fapi.toy.invalid/time', 'http://127.0.0.1:1/toy/time'])
  })
})

describe('createClient server time answers', () => {
  it('error: a server-time answer that is not the exchange JSON is a typed error, not a crash', async () => {
    const fetch = async () => new Response('<html><title>Captive portal</title></html>', { status: 200 })
    const error: any = await createClient({ exchange: toy, fetch })
      .fetchServerTime()
      .catch((e: any) => e)
    expect(error).toMatchObject({ name: 'ExchangeError', exchange: 'toy' })
    expect(error.message).toContain('Captive portal')
  })
})

describe('createClient errors leak nothing', () => {
  it('error: ExchangeError, NetworkError, ClockUncertainError and InvalidParameterError carry no secret or signature in message or cause', async () => {
    const signatures: string[] = []
    const tracked = {
      ...signer,
      sign: async (...args: Parameters<typeof signer.sign>) => {
        const signed = await signer.sign(...args)
        signatures.push(signed.headers['X-SIGN']!)
        return signed
      },
    }
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: SECRET }] },
    })
    const make = (extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
      createClient({ exchange: toy, signer: tracked, baseUrl: emulator.baseUrl('toy'), ...extra })
    const errors: any[] = []
    emulator.set({ faults: [{ kind: 'html', method: 'POST', times: 1 }] })
    errors.push(
      await make()
        .post('/order', { json: { clientId: 'leak-1' } })
        .catch((e: any) => e),
    )
    emulator.set({ faults: [{ kind: 'drop', method: 'POST', times: 1 }] })
    errors.push(
      await make()
        .post('/order', { json: { clientId: 'leak-2' } })
        .catch((e: any) => e),
    )
    emulator.set({ faults: [], latencyMs: 700 })
    errors.push(
      await make()
        .request({ method: 'GET', path: '/account', security: 'signed' }, { windowMs: 1000 })
        .catch((e: any) => e),
    )
    emulator.set({ latencyMs: 0 })
    const reencoded = createClient({
      exchange: toy,
      baseUrl: emulator.baseUrl('toy'),
      signer: {
        ...signer,
        sign: async () => ({ method: 'GET', url: `/account?x=it's&sig=${signatures[0]}`, headers: {} }),
      },
    })
    errors.push(await reencoded.get('/account').catch((e: any) => e))
    expect(errors.map((e) => e.name)).toEqual([
      'ExchangeError',
      'NetworkError',
      'ClockUncertainError',
      'InvalidParameterError',
    ])
    expect(signatures.length).toBeGreaterThanOrEqual(2)
    for (const error of errors) {
      const printed = `${error.message}\n${inspect(error, { depth: 6 })}\n${JSON.stringify(error)}\n${inspect(error.cause, { depth: 6 })}`
      expect(printed).not.toContain(SECRET)
      for (const signature of signatures) expect(printed).not.toContain(signature)
    }
  })
})
