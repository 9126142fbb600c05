import { createHmac, generateKeyPairSync } from 'node:crypto'
import type { RawRequest, RequestIntent, SignedRequest } from '@signet/core'
import { tamperAt } from '@signet/core/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bybitExamples } from '../src/emulate/index'
import { classifyBybitError, createBybitSigner, parseBybitServerTime } from '../src/index'
import { createBybitVerifier } from '../src/verify/index'
import { flatParams, jsonBody, T } from './_arbitraries'

const KEY = 'verifier-key'
const SECRET = 'verifierSecret123'
const signer = createBybitSigner({ apiKey: KEY, secret: SECRET })
const paths = ['/v5/order/realtime', '/v5/order/create', '/v5/account/wallet-balance']
const verifier = createBybitVerifier({
  keys: [
    { apiKey: KEY, secret: SECRET },
    { apiKey: 'read-only', secret: SECRET, permissions: ['read'] },
    { apiKey: 'testnet-key', secret: SECRET, environment: 'testnet' },
  ],
  now: () => T,
  paths,
})
const raw = (r: SignedRequest): RawRequest => ({ ...r, body: r.body ?? '' })
const get = (params?: RequestIntent['params']): RequestIntent => ({
  method: 'GET',
  path: '/v5/order/realtime',
  params,
  security: 'signed',
})
const order = bybitExamples.placeOrder('v-1')
const body = (r: { ok: boolean; response?: { body: string } }) => JSON.parse(r.response!.body)

describe('accepts', () => {
  it('default: a signed GET and POST, with their params as text', () => {
    expect(
      verifier.verify(raw(signer.signSync(get({ category: 'linear', symbol: 'A,B' }), { timestamp: T }))),
    ).toEqual({
      ok: true,
      apiKey: KEY,
      method: 'GET',
      path: '/v5/order/realtime',
      params: { category: 'linear', symbol: 'A,B' },
    })
    const post = verifier.verify(raw(signer.signSync(order, { timestamp: T })))
    expect(post).toMatchObject({ ok: true, params: { orderLinkId: 'v-1', qty: '0.001' } })
  })

  it('behavior: without X-BAPI-RECV-WINDOW the window is 5000 ms and the signed text has no recv window', () => {
    const signed = signer.signSync(get({ a: '1' }), { timestamp: T - 5000 })
    const { 'X-BAPI-RECV-WINDOW': _, ...headers } = signed.headers
    // Signed as a client that omits the optional header would: timestamp + key + query (spec §3).
    const sign = createHmac('sha256', SECRET)
      .update(`${T - 5000}${KEY}a=1`)
      .digest('hex')
    expect(verifier.verify({ ...raw(signed), headers: { ...headers, 'X-BAPI-SIGN': sign } }).ok).toBe(true)
    expect(
      verifier.verify({
        ...raw(signed),
        headers: { ...headers, 'X-BAPI-SIGN': sign, 'X-BAPI-TIMESTAMP': String(T - 5001) },
      }),
    ).toMatchObject({ ok: false, code: 10002 })
  })

  it('behavior: header names are matched in any case', () => {
    const signed = signer.signSync(get({ a: '1' }), { timestamp: T })
    const lower = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v]))
    expect(verifier.verify({ ...raw(signed), headers: lower }).ok).toBe(true)
  })

  it('behavior: RSA keys verify against the registered public key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const rsa = createBybitSigner({
      apiKey: 'rsa-1',
      privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    })
    const v = createBybitVerifier({
      keys: [{ apiKey: 'rsa-1', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() }],
      now: () => T,
    })
    expect(v.verify(raw(rsa.signSync(order, { timestamp: T }))).ok).toBe(true)
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const wrong = createBybitSigner({ apiKey: 'rsa-1', privateKey: other })
    expect(v.verify(raw(wrong.signSync(order, { timestamp: T })))).toMatchObject({ ok: false, code: 10004 })
  })
})

describe('rejects with the right retCode, message and status', () => {
  it('error: unknown key is 10003 with HTTP 401 and the Bybit envelope', () => {
    const signed = createBybitSigner({ apiKey: 'nobody', secret: SECRET }).signSync(get(), { timestamp: T })
    const result = verifier.verify(raw(signed))
    expect(result).toMatchObject({ ok: false, kind: 'invalid-api-key', code: 10003 })
    if (result.ok) throw new Error('unreachable')
    expect(result.response).toMatchInlineSnapshot(`
      {
        "body": "{"retCode":10003,"retMsg":"API key is invalid.","result":{},"retExtInfo":{},"time":1700000000000}",
        "headers": {
          "content-type": "application/json",
        },
        "status": 401,
      }
    `)
  })

  it('error: a testnet key on the live server is 10003 naming the four environments (spec §10 pitfall 7)', () => {
    const signed = createBybitSigner({ apiKey: 'testnet-key', secret: SECRET }).signSync(get(), {
      timestamp: T,
    })
    const result = verifier.verify(raw(signed))
    expect(result).toMatchObject({ ok: false, code: 10003 })
    expect(body(result).retMsg).toBe(
      'API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo',
    )
    const testnet = createBybitVerifier({
      keys: [{ apiKey: 'testnet-key', secret: SECRET, environment: 'testnet' }],
      now: () => T,
      environment: 'testnet',
    })
    expect(testnet.verify(raw(signed)).ok).toBe(true)
  })

  it('error: a late or early timestamp is 10002 with the runtime message the classifier reads', () => {
    for (const [timestamp, expected] of [
      [T - 5001, true],
      [T + 1000, true],
      [T - 5000, false],
      [T + 999, false],
    ] as const) {
      const result = verifier.verify(raw(signer.signSync(get(), { timestamp })))
      expect(!result.ok && result.code === 10002, `${timestamp - T}`).toBe(expected)
    }
    const result = verifier.verify(raw(signer.signSync(get(), { timestamp: T - 6000 })))
    expect(result).toMatchObject({ ok: false, kind: 'timestamp', code: 10002 })
    if (result.ok) throw new Error('unreachable')
    expect(result.response.status).toBe(200)
    expect(body(result).retMsg).toBe(
      'invalid request, please check your server timestamp or recv_window param. req_timestamp[1699999994000],server_timestamp[1700000000000],recv_window[5000]',
    )
    expect(classifyBybitError(result.response)).toMatchObject({ kind: 'timestamp', serverTime: T })
  })

  it('error: a bad signature is 10004 echoing the payload it hashed; uppercase hex is not accepted', () => {
    const signed = signer.signSync(order, { timestamp: T })
    const forged = {
      ...raw(signed),
      headers: { ...signed.headers, 'X-BAPI-SIGN': signed.headers['X-BAPI-SIGN']!.toUpperCase() },
    }
    const result = verifier.verify(forged)
    expect(result).toMatchObject({ ok: false, kind: 'invalid-signature', code: 10004 })
    expect(body(result).retMsg).toBe(
      `Error sign, please check your signature generation algorithm: origin_string[***${signed.body}]`,
    )
  })

  it('error: X-BAPI-RECV-WINDOW different from the signed value is 10004', () => {
    const signed = signer.signSync(get({ a: '1' }), { timestamp: T })
    const result = verifier.verify({
      ...raw(signed),
      headers: { ...signed.headers, 'X-BAPI-RECV-WINDOW': '10000' },
    })
    expect(result).toMatchObject({ ok: false, code: 10004 })
  })

  it('error: missing headers', () => {
    const signed = signer.signSync(get({ a: '1' }), { timestamp: T })
    const without = (name: string) => {
      const headers = { ...signed.headers }
      delete headers[name as keyof typeof headers]
      return verifier.verify({ ...raw(signed), headers })
    }
    expect(without('X-BAPI-API-KEY')).toMatchObject({ code: 10003 })
    expect(without('X-BAPI-TIMESTAMP')).toMatchObject({ code: 10002 })
    expect(without('X-BAPI-SIGN')).toMatchObject({ code: 10004 })
    expect(
      verifier.verify({ ...raw(signed), headers: { ...signed.headers, 'X-BAPI-RECV-WINDOW': 'abc' } }),
    ).toMatchObject({ code: 10001 })
  })

  it('error: a read-only key placing an order is 10005', () => {
    const ro = createBybitSigner({ apiKey: 'read-only', secret: SECRET })
    expect(verifier.verify(raw(ro.signSync(order, { timestamp: T })))).toMatchObject({
      ok: false,
      kind: 'permission',
      code: 10005,
    })
    expect(verifier.verify(raw(ro.signSync(get(), { timestamp: T }))).ok).toBe(true)
  })

  it('error: unknown path is HTTP 404 with 10017 "Route not found."', () => {
    const result = verifier.verify(raw(signer.signSync({ ...get(), path: '/v5/nope' }, { timestamp: T })))
    expect(result).toMatchObject({ ok: false, kind: 'not-found', code: 10017, response: { status: 404 } })
    expect(body(result).retMsg).toBe('Route not found.')
  })

  it('error: a method other than GET/POST is HTTP 400; a GET with a body is HTTP 403', () => {
    const signed = raw(signer.signSync(get({ a: '1' }), { timestamp: T }))
    expect(verifier.verify({ ...signed, method: 'DELETE' })).toMatchObject({
      ok: false,
      kind: 'bad-request',
      code: 400,
      response: { status: 400 },
    })
    expect(verifier.verify({ ...signed, method: 'get' })).toMatchObject({ code: 400 })
    expect(verifier.verify({ ...signed, body: '{}' })).toMatchObject({
      ok: false,
      code: 403,
      response: { status: 403 },
    })
  })

  it('error: a correctly signed POST whose body is not a JSON object is 10001', () => {
    const signed = signer.signSync(
      { method: 'POST', path: '/v5/order/create', body: '[1,2]', security: 'signed' },
      { timestamp: T },
    )
    expect(verifier.verify(raw(signed))).toMatchObject({ ok: false, kind: 'bad-request', code: 10001 })
  })

  it('behavior: every single-byte tamper of a signed request is rejected with the code of the part it hit', () => {
    const intent = fc.oneof(
      flatParams.map((params) => get(params)),
      jsonBody.map(
        (b): RequestIntent => ({ method: 'POST', path: '/v5/order/create', body: b, security: 'signed' }),
      ),
    )
    fc.assert(
      fc.property(intent, (i) => {
        const signed = raw(signer.signSync(i, { timestamp: T }))
        const expectCode = (r: RawRequest, codes: number[], what: string) => {
          const result = verifier.verify(r)
          expect(result.ok, what).toBe(false)
          if (!result.ok) expect(codes, `${what}: ${result.code}`).toContain(result.code)
        }
        const q = signed.url.indexOf('?')
        for (let n = 0; n < signed.url.length; n++) {
          // The path (and the "?") is routed first: 10017; the query is signed: 10004.
          expectCode(
            { ...signed, url: tamperAt(signed.url, n) },
            q >= 0 && n > q ? [10004] : [10017],
            `url[${n}]`,
          )
        }
        for (let n = 0; n < signed.body.length; n++) {
          expectCode({ ...signed, body: tamperAt(signed.body, n) }, [10004], `body[${n}]`)
        }
        const codes: Record<string, number[]> = {
          'X-BAPI-API-KEY': [10003],
          'X-BAPI-TIMESTAMP': [10002, 10004],
          'X-BAPI-SIGN': [10004],
          'X-BAPI-RECV-WINDOW': [10004, 10002],
        }
        for (const [name, allowed] of Object.entries(codes)) {
          const value = signed.headers[name]!
          for (let n = 0; n < value.length; n++) {
            expectCode(
              { ...signed, headers: { ...signed.headers, [name]: tamperAt(value, n) } },
              allowed,
              `${name}[${n}]`,
            )
          }
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('respond', () => {
  it('default: server time in the documented shape, readable by the parser', () => {
    const answer = verifier.respond.serverTime(1688639403423)
    expect(JSON.parse(answer.body)).toEqual({
      retCode: 0,
      retMsg: 'OK',
      result: { timeSecond: '1688639403', timeNano: '1688639403423000000' },
      retExtInfo: {},
      time: 1688639403423,
    })
    expect(parseBybitServerTime(JSON.parse(answer.body))).toBe(1688639403423)
  })

  it('default: success envelope and the business errors the emulator uses', () => {
    expect(JSON.parse(verifier.respond.ok({ orderId: '1' }).body)).toEqual({
      retCode: 0,
      retMsg: 'OK',
      result: { orderId: '1' },
      retExtInfo: {},
      time: T,
    })
    const codes = (['not-found', 'duplicate-order', 'order-not-found', 'internal'] as const).map((k) => {
      const r = verifier.respond.error(k)
      return [r.status, JSON.parse(r.body).retCode, JSON.parse(r.body).retMsg]
    })
    expect(codes).toEqual([
      [404, 10017, 'Route not found.'],
      [200, 110072, 'OrderLinkedID is duplicate'],
      [200, 110001, 'Order does not exist'],
      [200, 10016, 'Server error.'],
    ])
    expect(classifyBybitError({ ...verifier.respond.ok({}), headers: {} })).toBeUndefined()
  })
})
