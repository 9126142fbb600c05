import { createHmac } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { describeResult, toRawRequest } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { gateioDiagnosis } from '../src/diagnose/index'
import { gateioExamples } from '../src/emulate/index'
import { createGateioSigner } from '../src/index'
import { createGateioVerifier } from '../src/verify/index'

const T = 1_700_000_000_000
const key = { apiKey: 'verifier-key', secret: 'verifier-secret-1234' }
const order = gateioExamples.placeOrder('t-v1')
const account: RequestIntent = {
  method: 'GET',
  path: '/api/v4/spot/accounts',
  params: { currency: 'USDT' },
  security: 'signed',
}
const sign = (intent: RequestIntent, timestamp = T, credentials = key) =>
  createGateioSigner(credentials).signSync!(intent, { timestamp })
const verifier = (extra: Partial<Parameters<typeof createGateioVerifier>[0]> = {}) =>
  createGateioVerifier({ keys: [key], now: () => T, ...extra })

describe('createGateioVerifier', () => {
  it('default: accepts a signed request and returns its params', () => {
    expect(verifier().verify(toRawRequest(sign(gateioExamples.cancelOrder('t-v1'))))).toMatchInlineSnapshot(`
      {
        "apiKey": "verifier-key",
        "method": "DELETE",
        "ok": true,
        "params": {
          "currency_pair": "BTC_USDT",
        },
        "path": "/api/v4/spot/orders/t-v1",
      }
    `)
  })

  it('error: a missing header answers MISSING_REQUIRED_HEADER naming it', () => {
    const { SIGN: _, ...headers } = sign(account).headers
    expect(
      describeResult(verifier().verify({ ...toRawRequest(sign(account)), headers })),
    ).toMatchInlineSnapshot(`
      {
        "body": {
          "label": "MISSING_REQUIRED_HEADER",
          "message": "Missing required header: SIGN",
        },
        "code": "MISSING_REQUIRED_HEADER",
        "kind": "invalid-api-key",
        "status": 401,
      }
    `)
  })

  it('behavior: the window is 60 whole seconds either way (spec gateio.md)', () => {
    const at = (offset: number) => verifier().verify(toRawRequest(sign(account, T + offset))).ok
    expect([at(-60_000), at(-60_001), at(60_999), at(61_000)]).toEqual([true, false, true, false])
    expect(describeResult(verifier().verify(toRawRequest(sign(account, T - 120_000))))).toMatchObject({
      code: 'REQUEST_EXPIRED',
      kind: 'timestamp',
      body: { message: 'gap between request Timestamp and server time exceeds 60' },
    })
  })

  it('behavior: a millisecond Timestamp is out of the window; fractional seconds are accepted as sent', () => {
    const signed = sign(account)
    const ms = { ...signed.headers, Timestamp: String(T) }
    expect(describeResult(verifier().verify({ ...toRawRequest(signed), headers: ms }))).toMatchObject({
      code: 'REQUEST_EXPIRED',
    })
    // Gate's own example signs `str(time.time())`, e.g. "1700000000.25": the text is signed as sent.
    const fractional = { ...signed.headers, Timestamp: '1700000000.25' }
    const text = gateioDiagnosis.stringToSign({ ...toRawRequest(signed), headers: fractional })
    expect(text.endsWith('\n1700000000.25')).toBe(true)
    expect(describeResult(verifier().verify({ ...toRawRequest(signed), headers: fractional }))).toMatchObject(
      {
        code: 'INVALID_SIGNATURE',
      },
    )
    const SIGN = createHmac('sha512', key.secret).update(text).digest('hex')
    expect(verifier().verify({ ...toRawRequest(signed), headers: { ...fractional, SIGN } }).ok).toBe(true)
  })

  it('error: an unknown key, or a testnet key on live, answers INVALID_KEY', () => {
    expect(
      describeResult(verifier().verify(toRawRequest(sign(account, T, { ...key, apiKey: 'other' })))),
    ).toMatchObject({
      code: 'INVALID_KEY',
      status: 401,
    })
    const live = createGateioVerifier({ keys: [{ ...key, environment: 'testnet' }], now: () => T })
    expect(describeResult(live.verify(toRawRequest(sign(account))))).toMatchObject({ code: 'INVALID_KEY' })
    const testnet = createGateioVerifier({
      keys: [{ ...key, environment: 'testnet' }],
      now: () => T,
      environment: 'testnet',
    })
    expect(testnet.verify(toRawRequest(sign(account))).ok).toBe(true)
  })

  it('error: a wrong secret, a tampered body or a tampered query answers INVALID_SIGNATURE', () => {
    expect(
      describeResult(
        verifier().verify(toRawRequest(sign(account, T, { ...key, secret: 'another-secret-12' }))),
      ),
    ).toMatchObject({
      code: 'INVALID_SIGNATURE',
      kind: 'invalid-signature',
      status: 401,
      body: { message: 'Signature mismatch' },
    })
    const signed = sign(order)
    expect(
      describeResult(
        verifier().verify({ ...toRawRequest(signed), body: signed.body!.replace('20000', '20001') }),
      ),
    ).toMatchObject({
      code: 'INVALID_SIGNATURE',
    })
    const get = sign(account)
    expect(
      describeResult(verifier().verify({ ...toRawRequest(get), url: get.url.replace('USDT', 'USDC') })),
    ).toMatchObject({
      code: 'INVALID_SIGNATURE',
    })
  })

  it('behavior: the query is checked decoded, so the comma that broke SDKs verifies encoded or not', () => {
    // sieblyio/gateio-api#83: commas in GET params broke signatures when the signed query was encoded.
    const signed = sign({ ...account, params: { currency: 'BTC,ETH' } })
    expect(signed.url).toBe('/api/v4/spot/accounts?currency=BTC%2CETH')
    expect(verifier().verify(toRawRequest(signed)).ok).toBe(true)
    expect(
      verifier().verify({ ...toRawRequest(signed), url: '/api/v4/spot/accounts?currency=BTC,ETH' }).ok,
    ).toBe(true)
  })

  it('error: a read-only key writing answers READ_ONLY', () => {
    const readOnly = createGateioVerifier({ keys: [{ ...key, permissions: ['read'] }], now: () => T })
    expect(readOnly.verify(toRawRequest(sign(account))).ok).toBe(true)
    expect(describeResult(readOnly.verify(toRawRequest(sign(order))))).toMatchObject({
      code: 'READ_ONLY',
      kind: 'permission',
      status: 403,
    })
  })

  it('error: a path the server does not serve answers NOT_FOUND', () => {
    const v = verifier({ paths: ['/api/v4/spot/orders', '/api/v4/spot/orders/*'] })
    expect(v.verify(toRawRequest(sign(gateioExamples.cancelOrder('t-1')))).ok).toBe(true)
    expect(describeResult(v.verify(toRawRequest(sign(account))))).toMatchObject({
      code: 'NOT_FOUND',
      kind: 'not-found',
      status: 404,
    })
  })

  it('default: respond writes Gate answers (bare results, labels for errors)', () => {
    const v = verifier()
    expect(
      [v.respond.serverTime(T), v.respond.ok([{ currency: 'USDT' }]), v.respond.error('order-not-found')].map(
        (r) => [r.status, r.body],
      ),
    ).toMatchInlineSnapshot(`
      [
        [
          200,
          "{"server_time":1700000000000}",
        ],
        [
          200,
          "[{"currency":"USDT"}]",
        ],
        [
          404,
          "{"label":"ORDER_NOT_FOUND","message":"Order not found"}",
        ],
      ]
    `)
  })
})
