import { createHmac } from 'node:crypto'
import { inspect } from 'node:util'
import { createSecret, type RequestIntent, timestampWindow } from '@signet/core'
import { toRawRequest } from '@signet/core/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bybitStringToSign } from '../src/diagnose/index'
import { bybitExamples } from '../src/emulate/index'
import { bybit, createBybitSigner } from '../src/index'
import { createBybitVerifier } from '../src/verify/index'
import { flatParams, T } from './_arbitraries'
import { BY_KEY, BY_SECRET } from './vectors'

const signer = createBybitSigner({ apiKey: BY_KEY, secret: BY_SECRET })
const hmacHex = (text: string) => createHmac('sha256', BY_SECRET).update(text, 'utf8').digest('hex')
const raw = toRawRequest
const get = (params: RequestIntent['params']): RequestIntent => ({
  method: 'GET',
  path: '/v5/order/realtime',
  params,
  security: 'signed',
})

describe('wire form', () => {
  it('default: GET (the docs example values are published, so nothing is redacted)', () => {
    // Signature: spec bybit.md §9 BY-S1.
    expect(
      signer.signSync(get({ category: 'option', symbol: 'BTC-29JUL22-25000-C' }), {
        timestamp: 1658384314791,
      }),
    ).toMatchInlineSnapshot(`
      {
        "headers": {
          "X-BAPI-API-KEY": "TESTKEY123",
          "X-BAPI-RECV-WINDOW": "5000",
          "X-BAPI-SIGN": "877d88fcd7ac8212a5891fd12aa4134fc0550e70a5db4fa68ed1a30311eeed58",
          "X-BAPI-TIMESTAMP": "1658384314791",
        },
        "method": "GET",
        "url": "/v5/order/realtime?category=option&symbol=BTC-29JUL22-25000-C",
      }
    `)
  })

  it('default: POST carries the JSON body it signed and Content-Type', () => {
    // Signature: spec bybit.md §9 BY-S2.
    expect(
      signer.signSync(
        { method: 'POST', path: '/v5/order/create', body: { category: 'option' }, security: 'signed' },
        { timestamp: 1658385579423 },
      ),
    ).toMatchInlineSnapshot(`
      {
        "body": "{"category":"option"}",
        "headers": {
          "Content-Type": "application/json",
          "X-BAPI-API-KEY": "TESTKEY123",
          "X-BAPI-RECV-WINDOW": "5000",
          "X-BAPI-SIGN": "bec61eff8a6fdb451de497e4fb4498fe547465e6c6f04284ac12c2e3f1651a4b",
          "X-BAPI-TIMESTAMP": "1658385579423",
        },
        "method": "POST",
        "url": "/v5/order/create",
      }
    `)
  })

  it('behavior: headers are written in the order of the docs, Content-Type last', () => {
    const post = signer.signSync(bybitExamples.placeOrder('a'), { timestamp: T })
    expect(Object.keys(post.headers)).toEqual([
      'X-BAPI-API-KEY',
      'X-BAPI-TIMESTAMP',
      'X-BAPI-SIGN',
      'X-BAPI-RECV-WINDOW',
      'Content-Type',
    ])
  })
})

describe('query encoding (spec §2, §10 pitfall 3)', () => {
  it('behavior: commas, spaces, + = & and non-ASCII are percent-encoded, and exactly that is signed', () => {
    const signed = signer.signSync(
      get({ category: 'linear', symbol: 'BTCUSDT,ETHUSDT', note: 'é 1+1=2&x', tag: "(a)!*'~" }),
      { timestamp: T },
    )
    // Hand-derived RFC 3986: ','=%2C ' '=%20 '+'=%2B '='=%3D '&'=%26 'é'=UTF-8 C3 A9, '(' ')' '!' '*' "'" encoded, '~' kept.
    const query = 'category=linear&symbol=BTCUSDT%2CETHUSDT&note=%C3%A9%201%2B1%3D2%26x&tag=%28a%29%21%2A%27~'
    expect(signed.url).toBe(`/v5/order/realtime?${query}`)
    expect(signed.headers['X-BAPI-SIGN']).toBe(hmacHex(`${T}${BY_KEY}5000${query}`))
  })

  it('behavior: a URL parser leaves the signed query byte for byte as it is (nothing left for fetch to re-encode)', () => {
    fc.assert(
      fc.property(flatParams, (params) => {
        const signed = signer.signSync(get(params), { timestamp: T })
        const u = new URL(`https://api.bybit.com${signed.url}`)
        expect(u.pathname + u.search).toBe(signed.url.endsWith('?') ? signed.url.slice(0, -1) : signed.url)
        expect(new URLSearchParams(u.search).size).toBe(Object.keys(params).length)
      }),
      { numRuns: 1000 },
    )
  })

  it('behavior: parameters keep their order (Bybit V5 does not sort) and undefined ones are dropped', () => {
    const signed = signer.signSync(get({ symbol: 'X', category: 'spot', limit: undefined, cursor: '' }), {
      timestamp: T,
    })
    expect(signed.url).toBe('/v5/order/realtime?symbol=X&category=spot&cursor=')
  })

  it('behavior: no params gives no "?" and an empty payload', () => {
    const signed = signer.signSync(get(undefined), { timestamp: T })
    expect(signed.url).toBe('/v5/order/realtime')
    expect(signed.headers['X-BAPI-SIGN']).toBe(hmacHex(`${T}${BY_KEY}5000`))
  })
})

describe('bodies', () => {
  it('behavior: GET never carries a body or Content-Type (spec §10 pitfall 8)', () => {
    const signed = signer.signSync(get({ a: '1' }), { timestamp: T })
    expect(signed.body).toBeUndefined()
    expect(signed.headers['Content-Type']).toBeUndefined()
  })

  it('behavior: POST params become the JSON body; POST without params sends {}', () => {
    const post = (params?: RequestIntent['params']): RequestIntent => ({
      method: 'POST',
      path: '/v5/position/set-leverage',
      params,
      security: 'signed',
    })
    expect(
      signer.signSync(post({ category: 'linear', leverage: '10', n: 2, b: true }), { timestamp: T }).body,
    ).toBe('{"category":"linear","leverage":"10","n":2,"b":true}')
    expect(signer.signSync(post(), { timestamp: T }).body).toBe('{}')
  })

  it('behavior: a pre-serialised string body is sent and signed byte for byte', () => {
    const text = '{ "category" : "linear",\n  "qty": "0.10" }'
    const signed = signer.signSync(
      { method: 'POST', path: '/v5/order/create', body: text, security: 'signed' },
      { timestamp: T },
    )
    expect(signed.body).toBe(text)
    expect(signed.headers['X-BAPI-SIGN']).toBe(hmacHex(`${T}${BY_KEY}5000${text}`))
  })

  it('behavior: nested bodies are serialised once, compactly, with non-ASCII as UTF-8', () => {
    const signed = signer.signSync(
      {
        method: 'POST',
        path: '/v5/order/create-batch',
        body: { category: 'option', request: [{ symbol: 'BTC-1', qty: '0.1', note: 'ü' }] },
        security: 'signed',
      },
      { timestamp: T },
    )
    expect(signed.body).toBe('{"category":"option","request":[{"symbol":"BTC-1","qty":"0.1","note":"ü"}]}')
  })
})

describe('recv window and timestamp', () => {
  it('args: windowMs is sent as X-BAPI-RECV-WINDOW and signed with the same value', () => {
    const signed = signer.signSync(get({ a: '1' }), { timestamp: T, windowMs: 10000 })
    expect(signed.headers['X-BAPI-RECV-WINDOW']).toBe('10000')
    expect(signed.headers['X-BAPI-SIGN']).toBe(hmacHex(`${T}${BY_KEY}10000a=1`))
  })

  it('args: without windowMs the default 5000 is sent; the window has one name, windowMs', () => {
    const a = signer.signSync(get({ a: '1' }), { timestamp: T, windowMs: 7000 })
    expect(bybitStringToSign(raw(a))).toBe(`${T}${BY_KEY}7000a=1`)
    expect(signer.signSync(get({ a: '1' }), { timestamp: T }).headers['X-BAPI-RECV-WINDOW']).toBe('5000')
  })

  it('behavior: without a timestamp the signer reads its `now` option', () => {
    const fixed = createBybitSigner({ apiKey: BY_KEY, secret: BY_SECRET, now: () => T + 0.7 })
    expect(fixed.signSync(get({}), {}).headers['X-BAPI-TIMESTAMP']).toBe(String(T))
  })

  it('behavior: the tolerance is ahead 1000 ms and behind recv_window (spec §4)', () => {
    expect(timestampWindow(bybit.freshness)?.tolerance).toEqual({ aheadMs: 1000, behindMs: 5000 })
    expect(timestampWindow(bybit.freshness, 20000)?.tolerance).toEqual({ aheadMs: 1000, behindMs: 20000 })
    expect(timestampWindow(bybit.freshness)?.windowMs).toBe(5000)
  })

  it('behavior: a request signed with windowMs W is accepted W ms late and rejected 1 ms later', () => {
    const verifier = createBybitVerifier({ keys: [{ apiKey: BY_KEY, secret: BY_SECRET }], now: () => T })
    const at = (timestamp: number) =>
      verifier.verify(raw(signer.signSync(get({ a: '1' }), { timestamp, windowMs: 20000 }))).ok
    expect([at(T - 20000), at(T - 20001), at(T + 999), at(T + 1000)]).toEqual([true, false, true, false])
  })
})

describe('security levels and shape', () => {
  it('behavior: public requests carry no auth headers; api-key requests only the key', () => {
    expect(signer.signSync({ method: 'GET', path: '/v5/market/time', security: 'none' }).headers).toEqual({})
    expect(signer.signSync({ method: 'GET', path: '/v5/x', security: 'api-key' }).headers).toEqual({
      'X-BAPI-API-KEY': BY_KEY,
    })
  })

  it('behavior: the signer is a frozen plain object that prints no secret', () => {
    const s = createBybitSigner({ apiKey: BY_KEY, secret: createSecret(BY_SECRET) })
    expect(Object.isFrozen(s)).toBe(true)
    expect({ type: s.type, exchange: s.exchange, keyType: s.keyType, apiKey: s.apiKey }).toEqual({
      type: 'local',
      exchange: 'bybit',
      keyType: 'hmac',
      apiKey: BY_KEY,
    })
    expect(inspect(s, { showHidden: true, depth: 5 }) + JSON.stringify(s)).not.toContain(BY_SECRET)
  })

  it('behavior: sign and signSync give the same bytes', async () => {
    expect(await signer.sign(get({ a: '1' }), { timestamp: T })).toEqual(
      signer.signSync(get({ a: '1' }), { timestamp: T }),
    )
  })
})
