import type { RequestIntent } from '@signet/core'
import { describeResult, toRawRequest } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { kucoinExamples } from '../src/emulate/index'
import { createKucoinSigner } from '../src/index'
import { createKucoinVerifier } from '../src/verify/index'

const T = 1_700_000_000_000
const key = { apiKey: 'verifier-key', secret: 'verifier-secret-1234', passphrase: 'verifier-pass' }
const order = kucoinExamples.placeOrder('v-1')
const account: RequestIntent = {
  method: 'GET',
  path: '/api/v1/accounts',
  params: { currency: 'USDT' },
  security: 'signed',
}
const sign = (intent: RequestIntent, timestamp = T, credentials = key) =>
  createKucoinSigner(credentials).signSync!(intent, { timestamp })
const verifier = (extra: Partial<Parameters<typeof createKucoinVerifier>[0]> = {}) =>
  createKucoinVerifier({ keys: [key], now: () => T, ...extra })

describe('createKucoinVerifier', () => {
  it('default: accepts a signed request and returns its params', () => {
    expect(verifier().verify(toRawRequest(sign(order)))).toMatchInlineSnapshot(`
      {
        "apiKey": "verifier-key",
        "method": "POST",
        "ok": true,
        "params": {
          "clientOid": "v-1",
          "price": "20000",
          "side": "buy",
          "size": "0.0001",
          "symbol": "BTC-USDT",
          "type": "limit",
        },
        "path": "/api/v1/orders",
      }
    `)
  })

  it('error: a missing auth header answers 400001', () => {
    const { 'KC-API-SIGN': _, ...headers } = sign(account).headers
    expect(
      describeResult(verifier().verify({ ...toRawRequest(sign(account)), headers })),
    ).toMatchInlineSnapshot(`
      {
        "body": {
          "code": "400001",
          "msg": "Any of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE is missing in your request header",
        },
        "code": "400001",
        "kind": "invalid-api-key",
        "status": 401,
      }
    `)
  })

  it('behavior: the window is 5 s either way (spec kucoin.md)', () => {
    const at = (offset: number) => verifier().verify(toRawRequest(sign(account, T + offset))).ok
    expect([at(-5000), at(-5001), at(4999), at(5000)]).toEqual([true, false, true, false])
    expect(describeResult(verifier().verify(toRawRequest(sign(account, T - 6000))))).toMatchObject({
      code: '400002',
      kind: 'timestamp',
      status: 400,
      body: { msg: 'Invalid KC-API-TIMESTAMP' },
    })
  })

  it('error: an unknown key, or a key of another environment, answers 400003', () => {
    const other = { ...key, apiKey: 'someone-else' }
    expect(describeResult(verifier().verify(toRawRequest(sign(account, T, other))))).toMatchObject({
      code: '400003',
      status: 401,
    })
    const demo = createKucoinVerifier({ keys: [{ ...key, environment: 'demo' }], now: () => T })
    expect(describeResult(demo.verify(toRawRequest(sign(account))))).toMatchObject({ code: '400003' })
  })

  it('error: a wrong passphrase answers 400004', () => {
    const signed = sign(account, T, { ...key, passphrase: 'another-pass' })
    expect(describeResult(verifier().verify(toRawRequest(signed)))).toMatchObject({
      code: '400004',
      kind: 'passphrase',
      status: 401,
    })
  })

  it('error: a version 1 style request (no KC-API-KEY-VERSION, passphrase in clear) answers 400004', () => {
    const { 'KC-API-KEY-VERSION': _, ...headers } = sign(account).headers
    const plain = { ...headers, 'KC-API-PASSPHRASE': key.passphrase }
    expect(
      describeResult(verifier().verify({ ...toRawRequest(sign(account)), headers: plain })),
    ).toMatchObject({
      code: '400004',
    })
  })

  it('error: a version header that is not the key version answers 400009', () => {
    const signed = createKucoinSigner({ ...key, keyVersion: '3' }).signSync!(account, { timestamp: T })
    expect(describeResult(verifier().verify(toRawRequest(signed)))).toMatchObject({
      code: '400009',
      status: 401,
    })
    expect(
      createKucoinVerifier({ keys: [key], now: () => T, keyVersion: '3' }).verify(toRawRequest(signed)).ok,
    ).toBe(true)
  })

  it('error: a wrong secret or a tampered body answers 400005', () => {
    const signed = sign(account, T, { ...key, secret: 'another-secret-1234' })
    // The passphrase header is also derived from the secret, so keep the right one to reach the signature check.
    const headers = { ...signed.headers, 'KC-API-PASSPHRASE': sign(account).headers['KC-API-PASSPHRASE']! }
    expect(describeResult(verifier().verify({ ...toRawRequest(signed), headers }))).toMatchObject({
      code: '400005',
      kind: 'invalid-signature',
      body: { msg: 'Invalid KC-API-SIGN' },
    })
    const tampered = { ...toRawRequest(sign(order)), body: sign(order).body!.replace('20000', '20001') }
    expect(describeResult(verifier().verify(tampered))).toMatchObject({ code: '400005' })
  })

  it('behavior: the query is checked decoded, so an encoded and a raw query both verify', () => {
    const intent: RequestIntent = { ...account, params: { note: 'a b!@#' } }
    const signed = sign(intent)
    expect(signed.url).toBe('/api/v1/accounts?note=a%20b%21%40%23')
    expect(verifier().verify(toRawRequest(signed)).ok).toBe(true)
    expect(verifier().verify({ ...toRawRequest(signed), url: '/api/v1/accounts?note=a b!@%23' }).ok).toBe(
      true,
    )
    expect(
      verifier().verify({ ...toRawRequest(signed), url: '/api/v1/accounts?note=a%20b%21%40%24' }).ok,
    ).toBe(false)
  })

  it('error: a read-only key placing or cancelling an order answers 400007', () => {
    const readOnly = createKucoinVerifier({ keys: [{ ...key, permissions: ['read'] }], now: () => T })
    expect(readOnly.verify(toRawRequest(sign(account))).ok).toBe(true)
    expect(describeResult(readOnly.verify(toRawRequest(sign(order))))).toMatchObject({
      code: '400007',
      kind: 'permission',
      status: 403,
    })
    expect(
      describeResult(readOnly.verify(toRawRequest(sign(kucoinExamples.cancelOrder('v-1'))))),
    ).toMatchObject({
      code: '400007',
    })
  })

  it('error: a path the server does not serve answers 404000', () => {
    const v = verifier({ paths: ['/api/v1/orders', '/api/v1/order/client-order/*'] })
    expect(v.verify(toRawRequest(sign(kucoinExamples.cancelOrder('abc')))).ok).toBe(true)
    expect(describeResult(v.verify(toRawRequest(sign(account))))).toMatchObject({
      code: '404000',
      kind: 'not-found',
      status: 404,
    })
  })

  it('default: respond writes KuCoin envelopes', () => {
    const v = verifier()
    expect([
      v.respond.serverTime(T),
      v.respond.ok({ orderId: '1' }),
      v.respond.error('not-found'),
      v.respond.error('order-not-found'),
      v.respond.error('internal', 'boom'),
    ]).toMatchInlineSnapshot(`
      [
        {
          "body": "{"code":"200000","msg":"success","data":1700000000000}",
          "headers": {
            "Content-Type": "application/json",
          },
          "status": 200,
        },
        {
          "body": "{"code":"200000","data":{"orderId":"1"}}",
          "headers": {
            "Content-Type": "application/json",
          },
          "status": 200,
        },
        {
          "body": "{"code":"404000","msg":"Url Not Found"}",
          "headers": {
            "Content-Type": "application/json",
          },
          "status": 404,
        },
        {
          "body": "{"code":"400100","msg":"order_not_exist_or_not_allow_to_cancel"}",
          "headers": {
            "Content-Type": "application/json",
          },
          "status": 200,
        },
        {
          "body": "{"code":"500000","msg":"boom"}",
          "headers": {
            "Content-Type": "application/json",
          },
          "status": 500,
        },
      ]
    `)
  })
})
