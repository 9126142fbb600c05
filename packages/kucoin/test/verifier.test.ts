import type { RequestIntent } from '@signet/core'
import { describeResult, runVerifierSuite, toRawRequest, verifierFixture } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { kucoinEmulation, kucoinExamples } from '../src/emulate/index'
import { createKucoinSigner } from '../src/index'
import { createKucoinVerifier, kucoinRefusals } from '../src/verify/index'

const key = { apiKey: 'verifier-key', secret: 'verifier-secret-1234', passphrase: 'verifier-pass' }
const order = kucoinExamples.placeOrder('v-1')
const { account } = kucoinExamples
const { T, sign, verifier } = verifierFixture(kucoinEmulation, { key })

// Each refusal answers its code (kucoinRefusals, next to the verifier), with the kind KuCoin's classifier reads.
runVerifierSuite(kucoinEmulation, { refusals: kucoinRefusals, otherEnvironment: 'demo' })

describe('createKucoinVerifier', () => {
  it('default: accepts a signed request and returns its params', () => {
    expect(verifier().verify(sign(order))).toMatchInlineSnapshot(`
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
    expect(describeResult(verifier().verify({ ...sign(account), headers }))).toMatchInlineSnapshot(`
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

  it('error: a version 1 style request (no KC-API-KEY-VERSION, passphrase in clear) answers 400004', () => {
    const { 'KC-API-KEY-VERSION': _, ...headers } = sign(account).headers
    const plain = { ...headers, 'KC-API-PASSPHRASE': key.passphrase }
    expect(describeResult(verifier().verify({ ...sign(account), headers: plain }))).toMatchObject({
      code: '400004',
    })
  })

  it('error: a version header that is not the key version answers 400009', () => {
    const signed = toRawRequest(
      createKucoinSigner({ ...key, keyVersion: '3' }).signSync!(account, { timestamp: T }),
    )
    expect(describeResult(verifier().verify(signed))).toMatchObject({
      code: '400009',
      status: 401,
    })
    expect(createKucoinVerifier({ keys: [key], now: () => T, keyVersion: '3' }).verify(signed).ok).toBe(true)
  })

  it('error: a wrong secret answers 400004 first, since the signed passphrase is derived from it; 400005 past that', () => {
    const signed = sign(account, T, { ...key, secret: 'another-secret-1234' })
    expect(describeResult(verifier().verify(signed))).toMatchObject({ code: '400004' })
    // With the right passphrase header the request reaches the signature check (spec kucoin.md).
    const headers = { ...signed.headers, 'KC-API-PASSPHRASE': sign(account).headers['KC-API-PASSPHRASE']! }
    expect(describeResult(verifier().verify({ ...signed, headers }))).toMatchObject({
      code: '400005',
      body: { msg: 'Invalid KC-API-SIGN' },
    })
  })

  it('behavior: the query is checked decoded, so an encoded and a raw query both verify', () => {
    const intent: RequestIntent = { ...account, params: { note: 'a b!@#' } }
    const signed = sign(intent)
    expect(signed.url).toBe('/api/v1/accounts?note=a%20b%21%40%23')
    expect(verifier().verify(signed).ok).toBe(true)
    expect(verifier().verify({ ...signed, url: '/api/v1/accounts?note=a b!@%23' }).ok).toBe(true)
    expect(verifier().verify({ ...signed, url: '/api/v1/accounts?note=a%20b%21%40%24' }).ok).toBe(false)
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
