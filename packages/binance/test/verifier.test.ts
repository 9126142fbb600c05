import { createPublicKey } from 'node:crypto'
import type { RawRequest, SignedRequest, VerifyResult } from '@signet/core'
import { tamperAt } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createBinanceSigner } from '../src/index'
import { createBinanceVerifier } from '../src/verify/index'
import { randomKeyText } from './_keys'
import { DOC_API_KEY, DOC_SECRET, RSA_TEST_ONLY_PEM } from './vectors'

const T = 1_700_000_000_000
const signer = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET })
const docKey = { apiKey: DOC_API_KEY, secret: DOC_SECRET }
const verifierAt = (now: number | (() => number), extra: object = {}) =>
  createBinanceVerifier({ keys: [docKey], now: typeof now === 'number' ? () => now : now, ...extra })
const raw = (r: SignedRequest): RawRequest => ({
  method: r.method,
  url: r.url,
  headers: r.headers,
  body: r.body ?? '',
})
const order = signer.signSync!(
  {
    method: 'POST',
    path: '/api/v3/order',
    params: { symbol: 'LTCBTC', side: 'BUY' },
    form: { quantity: '1', price: '0.1' },
    security: 'signed',
  },
  { timestamp: T, windowMs: 5000 },
)
const account = (timestamp: number, extra: object = {}) =>
  raw(
    signer.signSync!({ method: 'GET', path: '/api/v3/account', security: 'signed' }, { timestamp, ...extra }),
  )

/** Binance's error answer as spec binance.md §6 gives it. */
const binanceError = (status: number, code: number, msg: string) => ({
  ok: false,
  code,
  response: {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    body: JSON.stringify({ code, msg }),
  },
})
const INVALID_SIGNATURE = binanceError(400, -1022, 'Signature for this request is not valid.')
const REJECTED_KEY = binanceError(401, -2015, 'Invalid API-key, IP, or permissions for action.')
const codeOf = (r: VerifyResult) => (r.ok ? 'ok' : r.code)

describe('createBinanceVerifier', () => {
  it('default: accepts a signed request and returns its params without the signature (query wins over body)', () => {
    expect(verifierAt(T).verify(raw(order))).toEqual({
      ok: true,
      apiKey: DOC_API_KEY,
      method: 'POST',
      path: '/api/v3/order',
      params: {
        symbol: 'LTCBTC',
        side: 'BUY',
        quantity: '1',
        price: '0.1',
        recvWindow: '5000',
        timestamp: String(T),
      },
    })
  })

  it('error: a wrong signature is -1022 with HTTP 400 and the exact Binance JSON', () => {
    const bad = { ...raw(order), body: order.body!.replace(/signature=./, 'signature=0') }
    expect(verifierAt(T).verify(bad)).toMatchObject({ ...INVALID_SIGNATURE, kind: 'invalid-signature' })
  })

  it('error: unknown key is -2015 (401); missing or malformed key header is -2014 (401)', () => {
    const other = { ...raw(order), headers: { ...order.headers, 'X-MBX-APIKEY': randomKeyText() } }
    expect(verifierAt(T).verify(other)).toMatchObject({ ...REJECTED_KEY, kind: 'invalid-api-key' })
    const { 'X-MBX-APIKEY': _, ...noKey } = order.headers
    expect(verifierAt(T).verify({ ...raw(order), headers: noKey })).toMatchObject(
      binanceError(401, -2014, 'API-key format invalid.'),
    )
    expect(
      verifierAt(T).verify({
        ...raw(order),
        headers: { ...order.headers, 'X-MBX-APIKEY': `${DOC_API_KEY}\n` },
      }),
    ).toMatchObject({ code: -2014 })
  })

  it('error: a key of another environment (testnet key on live) is -2015', () => {
    const v = createBinanceVerifier({ keys: [{ ...docKey, environment: 'testnet' }], now: () => T })
    expect(v.verify(raw(order))).toMatchObject(REJECTED_KEY)
    expect(
      createBinanceVerifier({
        keys: [{ ...docKey, environment: 'testnet' }],
        now: () => T,
        environment: 'testnet',
      }).verify(raw(order)).ok,
    ).toBe(true)
  })

  it('error: a read-only key placing an order is -2015 with kind permission; reading is fine', () => {
    const v = createBinanceVerifier({ keys: [{ ...docKey, permissions: ['read'] }], now: () => T })
    expect(v.verify(raw(order))).toMatchObject({ ...REJECTED_KEY, kind: 'permission' })
    expect(v.verify(account(T)).ok).toBe(true)
  })

  it('error: both -1021 messages at the window edges (timestamp < server + 1000, server - timestamp <= recvWindow; spec §4)', () => {
    const ahead = binanceError(
      400,
      -1021,
      "Timestamp for this request was 1000ms ahead of the server's time.",
    )
    const outside = binanceError(400, -1021, 'Timestamp for this request is outside of the recvWindow.')
    expect(verifierAt(T).verify(account(T + 999)).ok).toBe(true)
    expect(verifierAt(T).verify(account(T + 1000))).toMatchObject({ ...ahead, kind: 'timestamp' })
    expect(verifierAt(T).verify(account(T - 5000)).ok).toBe(true)
    expect(verifierAt(T).verify(account(T - 5001))).toMatchObject(outside)
    expect(verifierAt(T).verify(account(T - 10000, { windowMs: 10000 })).ok).toBe(true)
    expect(verifierAt(T).verify(account(T - 200, { windowMs: 199.999 }))).toMatchObject(outside)
  })

  it('behavior: the recvWindow check is repeated before the matching engine on spot only (spec §4)', () => {
    // The server clock reads T on arrival and T + 5001 when the order reaches the matching engine.
    const clock = () => {
      const reads = [T, T + 5001]
      return () => reads.shift() ?? T + 5001
    }
    expect(verifierAt(clock()).verify(raw(order))).toMatchObject({ code: -1021 })
    const fapi = signer.signSync!(
      { method: 'POST', path: '/fapi/v1/order', form: { symbol: 'BTCUSDT' }, security: 'signed' },
      { timestamp: T },
    )
    expect(verifierAt(clock()).verify(raw(fapi)).ok).toBe(true)
  })

  it('behavior: microsecond timestamps are read as µs and checked in ms', () => {
    expect(verifierAt(T).verify(account(T - 4999.999, { timeUnit: 'us' })).ok).toBe(true)
    expect(verifierAt(T).verify(account(T - 5000.001, { timeUnit: 'us' }))).toMatchObject({ code: -1021 })
  })

  it('error: mandatory, malformed, duplicate params and recvWindow over 60000', () => {
    const key = { 'X-MBX-APIKEY': DOC_API_KEY }
    const v = verifierAt(T)
    const req = (url: string): RawRequest => ({ method: 'GET', url, headers: key, body: '' })
    expect(v.verify(req('/api/v3/account?signature=ab'))).toMatchObject(
      binanceError(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed."),
    )
    expect(v.verify(req(`/api/v3/account?timestamp=${T}`))).toMatchObject(
      binanceError(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed."),
    )
    expect(v.verify(req('/api/v3/account?timestamp=12a&signature=ab'))).toMatchObject({
      code: -1100,
      kind: 'bad-request',
    })
    expect(v.verify(req(`/api/v3/account?recvWindow=60001&timestamp=${T}&signature=ab`))).toMatchObject(
      binanceError(400, -1131, 'recvWindow must be less than 60000'),
    )
    expect(v.verify(req(`/api/v3/account?a=1&a=2&timestamp=${T}&signature=ab`))).toMatchObject(
      binanceError(400, -1101, 'Duplicate values for a parameter detected.'),
    )
    expect(v.verify(req(`/api/v3/account?timestamp=${T}&signature=ab&signature=cd`))).toMatchObject({
      code: -1101,
    })
  })

  it('behavior: a body sent with a non-form Content-Type is not read, so its signature is missing', () => {
    const json = { ...raw(order), headers: { ...order.headers, 'Content-Type': 'application/json' } }
    expect(verifierAt(T).verify(json)).toMatchObject({ code: -1102 })
    const charset = {
      ...raw(order),
      headers: { ...order.headers, 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    }
    expect(verifierAt(T).verify(charset).ok).toBe(true)
  })

  it('behavior: HMAC signatures are not case-sensitive (spec §1)', () => {
    const upper = {
      ...raw(order),
      body: order.body!.replace(/signature=([0-9a-f]+)$/, (_, s: string) => `signature=${s.toUpperCase()}`),
    }
    expect(verifierAt(T).verify(upper).ok).toBe(true)
  })

  it('behavior: a base64 signature sent without percent-encoding fails once it contains "+" (ccxt#16634, spec §1)', () => {
    const rsa = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: RSA_TEST_ONLY_PEM })
    const v = createBinanceVerifier({
      keys: [{ apiKey: DOC_API_KEY, publicKey: createPublicKey(RSA_TEST_ONLY_PEM) }],
      now: () => T,
    })
    let checked = 0
    for (let ts = T; checked < 3; ts++) {
      const signed = rsa.signSync!(
        { method: 'GET', path: '/api/v3/account', security: 'signed' },
        { timestamp: ts },
      )
      const encoded = /signature=(.*)$/.exec(signed.url)![1]!
      if (!encoded.includes('%2B')) continue
      checked++
      expect(v.verify(raw(signed)).ok).toBe(true)
      const unencoded = signed.url.replace(encoded, decodeURIComponent(encoded))
      expect(v.verify({ ...raw(signed), url: unencoded })).toMatchObject({ code: -1022 })
    }
  })

  it("behavior: security 'api-key' checks only the key, 'none' nothing", () => {
    const keyOnly = raw(
      signer.signSync!({ method: 'POST', path: '/api/v3/userDataStream', security: 'api-key' }),
    )
    expect(verifierAt(T).verify(keyOnly, 'api-key')).toMatchObject({ ok: true, apiKey: DOC_API_KEY })
    expect(verifierAt(T).verify({ ...keyOnly, headers: {} }, 'api-key')).toMatchObject({ code: -2014 })
    expect(
      verifierAt(T).verify({ method: 'GET', url: '/api/v3/time', headers: {}, body: '' }, 'none').ok,
    ).toBe(true)
  })

  it('error: unknown path (with `paths`) and unknown method get the HTML 404 page', () => {
    const v = verifierAt(T, { paths: ['/api/v3/order', '/api/v3/account'] })
    const missing = v.verify({ ...raw(order), url: order.url.replace('/order', '/orders') })
    expect(missing).toMatchObject({
      ok: false,
      kind: 'not-found',
      response: { status: 404, headers: { 'Content-Type': 'text/html' } },
    })
    expect(v.verify({ ...raw(order), method: 'PATCH' })).toMatchObject({ ok: false, kind: 'not-found' })
  })

  it('behavior: every single-byte tamper is rejected with the code of the part it hit', () => {
    const v = verifierAt(T, { paths: ['/api/v3/order'] })
    const base = raw(order)
    const codes = (field: 'method' | 'url' | 'body', from: number, to: number) => {
      const seen = new Set<string | number>()
      for (let i = from; i < to; i++)
        seen.add(codeOf(v.verify({ ...base, [field]: tamperAt(base[field], i) })))
      return [...seen].sort()
    }
    const url = base.url
    const body = base.body
    expect(codes('method', 0, base.method.length)).toEqual([404])
    expect(codes('url', 0, url.indexOf('?') + 1)).toEqual([404]) // path and '?'
    expect(codes('url', url.indexOf('LTCBTC'), url.length)).toEqual([-1022]) // query values
    expect(codes('body', 0, body.indexOf('&recvWindow'))).toEqual([-1022]) // body params
    expect(codes('body', body.indexOf('signature=') + 10, body.length)).toEqual([-1022]) // signature
    const ts = body.indexOf(String(T))
    expect(codes('body', ts + 12, ts + 13)).toEqual([-1022]) // last timestamp digit: still inside the window
    expect(codes('body', ts, ts + 1)).toEqual([-1021]) // first digit: far outside the window
    const key = base.headers['X-MBX-APIKEY']!
    const keyCodes = new Set<string | number>()
    for (let i = 0; i < key.length; i++)
      keyCodes.add(
        codeOf(v.verify({ ...base, headers: { ...base.headers, 'X-MBX-APIKEY': tamperAt(key, i) } })),
      )
    expect([...keyCodes]).toEqual([-2015])
  })

  it('default: respond builds the server-time, success and error answers', () => {
    const { respond } = verifierAt(T)
    expect(respond.serverTime(1499827319559)).toEqual({
      status: 200,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: '{"serverTime":1499827319559}',
    })
    expect(respond.ok({ orderId: 1 })).toMatchObject({ status: 200, body: '{"orderId":1}' })
    expect(respond.error('duplicate-order')).toMatchObject({
      status: 400,
      body: '{"code":-2010,"msg":"Duplicate order sent."}',
    })
    expect(respond.error('order-not-found')).toMatchObject({
      status: 400,
      body: '{"code":-2011,"msg":"Unknown order sent."}',
    })
    expect(respond.error('internal')).toMatchObject({
      status: 500,
      body: '{"code":-1000,"msg":"An unknown error occurred while processing the request."}',
    })
    expect(respond.error('not-found')).toMatchObject({
      status: 404,
      headers: { 'Content-Type': 'text/html' },
    })
  })
})
