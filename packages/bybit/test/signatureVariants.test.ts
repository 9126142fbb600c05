import { createHmac } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { checkSignatureVariants } from '@signet/core/testing'
import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bybitDiagnosis } from '../src/diagnose/index'
import { bybitExamples } from '../src/emulate/index'
import { createBybitSigner } from '../src/index'
import { flatParams, jsonBody } from './_arbitraries'
import { BY_KEY, BY_SECRET, RSA_TEST_PEM } from './vectors'

const credentials = { apiKey: BY_KEY, secret: BY_SECRET }
const T = 1658384314791
const getIntent: RequestIntent = {
  method: 'GET',
  path: '/v5/order/realtime',
  params: { symbol: 'BTCUSDT,ETHUSDT', category: 'linear', note: 'a b(1)' },
  security: 'signed',
}
const variantsOf = (
  intent: RequestIntent,
  creds: Parameters<typeof bybitDiagnosis.signatureVariants>[0]['credentials'] = credentials,
) => bybitDiagnosis.signatureVariants({ credentials: creds, intent, timestamp: T })
const hmacHex = (text: string, secret = BY_SECRET) => createHmac('sha256', secret).update(text).digest('hex')

describe('signatureVariants', () => {
  it('default: correct first and equal to the signer; at least 8 Bybit-specific wrong ways for GET, POST and RSA', () => {
    const post = bybitExamples.placeOrder('x-1')
    for (const [intent, creds] of [
      [getIntent, credentials],
      [post, credentials],
      [getIntent, { apiKey: BY_KEY, privateKey: RSA_TEST_PEM }],
    ] as const) {
      const variants = variantsOf(intent, creds)
      checkSignatureVariants(variants, {
        signature: createBybitSigner(creds).signSync(intent, { timestamp: T }).headers['X-BAPI-SIGN'],
        secrets: [BY_SECRET],
        minimum: 8,
      })
    }
  })

  it('default: the variant ids for a GET with commas and spaces', () => {
    expect(variantsOf(getIntent).map((v) => v.id)).toMatchInlineSnapshot(`
      [
        "correct",
        "query-unencoded",
        "query-encodeuricomponent",
        "query-commas-raw",
        "query-sorted",
        "query-question-mark",
        "path-in-signed-text",
        "get-signed-as-json",
        "recv-window-omitted",
        "recv-window-mismatch",
        "api-key-omitted",
        "timestamp-seconds",
        "hex-uppercase",
        "base64-instead-of-hex",
        "secret-trailing-newline",
        "secret-quoted",
      ]
    `)
  })

  it('behavior: each variant text is the hand-derived wrong text', () => {
    const byId = Object.fromEntries(variantsOf(getIntent).map((v) => [v.id, v]))
    const q = 'symbol=BTCUSDT%2CETHUSDT&category=linear&note=a%20b%281%29'
    expect(byId.correct!.signedText).toBe(`${T}${BY_KEY}5000${q}`)
    expect(byId['query-unencoded']!.signedText).toBe(
      `${T}${BY_KEY}5000symbol=BTCUSDT,ETHUSDT&category=linear&note=a b(1)`,
    )
    expect(byId['query-encodeuricomponent']!.signedText).toBe(
      `${T}${BY_KEY}5000symbol=BTCUSDT%2CETHUSDT&category=linear&note=a%20b(1)`,
    )
    expect(byId['query-commas-raw']!.signedText).toBe(
      `${T}${BY_KEY}5000symbol=BTCUSDT,ETHUSDT&category=linear&note=a+b(1)`,
    )
    expect(byId['query-sorted']!.signedText).toBe(
      `${T}${BY_KEY}5000category=linear&note=a%20b%281%29&symbol=BTCUSDT%2CETHUSDT`,
    )
    expect(byId['recv-window-omitted']!.signedText).toBe(`${T}${BY_KEY}${q}`)
    expect(byId['recv-window-mismatch']!.signedText).toBe(`${T}${BY_KEY}10000${q}`)
    expect(byId['api-key-omitted']!.signedText).toBe(`${T}5000${q}`)
    expect(byId['timestamp-seconds']!.signedText).toBe(`1658384314${BY_KEY}5000${q}`)
    expect(byId['hex-uppercase']!.signature).toBe(hmacHex(byId.correct!.signedText).toUpperCase())
    expect(byId['base64-instead-of-hex']!.signature).toBe(
      createHmac('sha256', BY_SECRET).update(byId.correct!.signedText).digest('base64'),
    )
    expect(byId['secret-trailing-newline']!.signature).toBe(
      hmacHex(byId.correct!.signedText, `${BY_SECRET}\n`),
    )
    for (const v of Object.values(byId))
      if (!/hex-uppercase|base64|secret-/.test(v.id)) expect(v.signature).toBe(hmacHex(v.signedText))
  })

  it('behavior: the docs-style spaced body (vector BY-S3) is recognised as json-spacing', () => {
    const variants = bybitDiagnosis.signatureVariants({
      credentials,
      intent: { method: 'POST', path: '/v5/order/create', body: { category: 'option' }, security: 'signed' },
      timestamp: 1658385579423,
    })
    const match = variants.find(
      (v) => v.signature === 'f6ac2374101aea46e240cce4369157349d1c0486c7e434438ceab0b76f34d0e6',
    )
    expect(match?.id).toBe('json-spacing')
  })

  it("behavior: ccxt's unencoded query signature is recognised as query-unencoded", () => {
    const ex = new ccxt.bybit({ apiKey: BY_KEY, secret: BY_SECRET, options: { recvWindow: 5000 } })
    ex.nonce = () => T
    fc.assert(
      fc.property(flatParams, (params) => {
        const intent: RequestIntent = {
          method: 'GET',
          path: '/v5/order/realtime',
          params,
          security: 'signed',
        }
        const theirs = ex.sign('v5/order/realtime', 'private', 'GET', { ...params }).headers['X-BAPI-SIGN']
        const match = variantsOf(intent).find((v) => v.signature === theirs)
        expect(['correct', 'query-unencoded']).toContain(match?.id)
      }),
      { numRuns: 300 },
    )
  })

  it('behavior: POST variants never collide with the correct signature', () => {
    fc.assert(
      fc.property(jsonBody, (body) => {
        const variants = variantsOf({ method: 'POST', path: '/v5/order/create', body, security: 'signed' })
        expect(variants.filter((v) => v.signature === variants[0]!.signature)).toHaveLength(1)
        expect(variants.length).toBeGreaterThanOrEqual(8)
      }),
      { numRuns: 300 },
    )
  })
})
