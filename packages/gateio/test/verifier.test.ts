import { createHmac } from 'node:crypto'
import { describeResult, runVerifierSuite, verifierFixture } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { gateioDiagnosis } from '../src/diagnose/index'
import { gateioEmulation, gateioExamples } from '../src/emulate/index'
import { gateioRefusals } from '../src/verify/index'

const key = { apiKey: 'verifier-key', secret: 'verifier-secret-1234' }
const { account } = gateioExamples
const { T, sign, verifier } = verifierFixture(gateioEmulation, { key })

// Each refusal answers its label (gateioRefusals, next to the verifier), with the kind Gate's classifier reads.
runVerifierSuite(gateioEmulation, { refusals: gateioRefusals, otherEnvironment: 'testnet' })

describe('createGateioVerifier', () => {
  it('default: accepts a signed request and returns its params', () => {
    expect(verifier().verify(sign(gateioExamples.cancelOrder('t-v1')))).toMatchInlineSnapshot(`
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

  it('error: a missing header is named in the answer; an expired request says the gap is over 60 (spec gateio.md)', () => {
    const { SIGN: _, ...headers } = sign(account).headers
    expect(describeResult(verifier().verify({ ...sign(account), headers }))).toMatchObject({
      body: { label: 'MISSING_REQUIRED_HEADER', message: 'Missing required header: SIGN' },
    })
    expect(describeResult(verifier().verify(sign(account, T - 120_000)))).toMatchObject({
      body: { label: 'REQUEST_EXPIRED', message: 'gap between request Timestamp and server time exceeds 60' },
    })
  })

  it('behavior: a millisecond Timestamp is out of the window; fractional seconds are accepted as sent', () => {
    const signed = sign(account)
    const ms = { ...signed.headers, Timestamp: String(T) }
    expect(describeResult(verifier().verify({ ...signed, headers: ms }))).toMatchObject({
      code: 'REQUEST_EXPIRED',
    })
    // Gate's own example signs `str(time.time())`, e.g. "1700000000.25": the text is signed as sent.
    const fractional = { ...signed.headers, Timestamp: '1700000000.25' }
    const text = gateioDiagnosis.stringToSign({ ...signed, headers: fractional })
    expect(text.endsWith('\n1700000000.25')).toBe(true)
    expect(describeResult(verifier().verify({ ...signed, headers: fractional }))).toMatchObject({
      code: 'INVALID_SIGNATURE',
    })
    const SIGN = createHmac('sha512', key.secret).update(text).digest('hex')
    expect(verifier().verify({ ...signed, headers: { ...fractional, SIGN } }).ok).toBe(true)
  })

  it('behavior: the query is checked decoded, so the comma that broke SDKs verifies encoded or not', () => {
    // sieblyio/gateio-api#83: commas in GET params broke signatures when the signed query was encoded.
    const signed = sign({ ...account, params: { currency: 'BTC,ETH' } })
    expect(signed.url).toBe('/api/v4/spot/accounts?currency=BTC%2CETH')
    expect(verifier().verify(signed).ok).toBe(true)
    expect(verifier().verify({ ...signed, url: '/api/v4/spot/accounts?currency=BTC,ETH' }).ok).toBe(true)
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
