import { timestampWindow } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { bybitDiagnosis } from '../src/diagnose/index'
import { bybitExamples } from '../src/emulate/index'
import { bybit, bybitHosts, parseBybitServerTime } from '../src/index'

describe('definition', () => {
  it('default: identity, window and body placement', () => {
    expect({
      id: bybit.id,
      name: bybit.name,
      defaultProduct: bybit.defaultProduct,
      freshness: { kind: bybit.freshness.kind, window: timestampWindow(bybit.freshness) },
      bodyParams: bybit.bodyParams,
    }).toEqual({
      id: 'bybit',
      name: 'Bybit',
      defaultProduct: 'v5',
      freshness: {
        kind: 'timestamp',
        window: { windowMs: 5000, tolerance: { aheadMs: 1000, behindMs: 5000 }, resolutionMs: 1 },
      },
      bodyParams: 'json',
    })
  })

  it('default: REST hosts per environment and region (spec §8)', () => {
    expect(bybit.products.v5!.rest).toMatchInlineSnapshot(`
      {
        "ae": "https://api.bybit.ae",
        "bytick": "https://api.bytick.com",
        "demo": "https://api-demo.bybit.com",
        "eu": "https://api.bybit.eu",
        "ge": "https://api.bybitgeorgia.ge",
        "id": "https://api.bybit.id",
        "jp": "https://api.manepa.jp",
        "jp-testnet": "https://api-testnet.manepa.jp",
        "kz": "https://api.bybit.kz",
        "live": "https://api.bybit.com",
        "nl": "https://api.bybit.nl",
        "testnet": "https://api-testnet.bybit.com",
        "tr": "https://api.bybit.tr",
      }
    `)
  })

  it('default: every product uses GET /v5/market/time; category products carry public streams', () => {
    for (const product of Object.values(bybit.products)) {
      expect(product.serverTime).toEqual({ method: 'GET', path: '/v5/market/time', security: 'none' })
      expect(product.rest).toBe(bybitHosts.rest)
    }
    expect(bybit.products.linear!.ws!.live).toBe('wss://stream.bybit.com/v5/public/linear')
    expect(bybit.products.spot!.ws!.testnet).toBe('wss://stream-testnet.bybit.com/v5/public/spot')
    // [DEMO]: demo trading takes public data from mainnet.
    expect(bybit.products.option!.ws!.demo).toBe('wss://stream.bybit.com/v5/public/option')
    expect(bybit.products.v5!.ws!.testnet).toBe('wss://stream-testnet.bybit.com/v5/private')
  })

  it('behavior: the server-time parser reads timeNano, then time, then timeSecond (spec §5)', () => {
    // [TIME] example answer.
    const doc = {
      retCode: 0,
      retMsg: 'OK',
      result: { timeSecond: '1688639403', timeNano: '1688639403423213947' },
      retExtInfo: {},
      time: 1688639403423,
    }
    expect(bybit.parseServerTime(doc)).toBe(1688639403423.213)
    expect(parseBybitServerTime(JSON.stringify(doc))).toBe(1688639403423.213)
    expect(parseBybitServerTime({ ...doc, result: {} })).toBe(1688639403423)
    expect(parseBybitServerTime({ result: { timeSecond: '1688639403' } })).toBe(1688639403000)
    expect(() => parseBybitServerTime('<html>')).toThrowErrorMatchingInlineSnapshot(`
      [SignetError: Bybit server-time answer has no time, result.timeNano or result.timeSecond.
      Hint: Check that the request went to GET /v5/market/time on a Bybit host.]
    `)
  })

  it('default: examples for the emulator and signet demo', () => {
    expect(bybit.clientOrderIdParam).toBe('orderLinkId')
    expect(bybitExamples.account).toMatchObject({ method: 'GET', path: '/v5/account/wallet-balance' })
    expect(bybitExamples.placeOrder('abc')).toMatchObject({
      method: 'POST',
      path: '/v5/order/create',
      body: { orderLinkId: 'abc' },
    })
    expect(bybitExamples.cancelOrder('abc')).toMatchObject({
      method: 'POST',
      path: '/v5/order/cancel',
      body: { orderLinkId: 'abc' },
    })
  })

  it('behavior: stringToSign reads GET queries and POST bodies as received', () => {
    const headers = { 'x-bapi-timestamp': '1', 'X-BAPI-API-KEY': 'k', 'X-BAPI-RECV-WINDOW': '5000' }
    expect(bybitDiagnosis.stringToSign({ method: 'GET', url: '/a?b=%2C', headers, body: '' })).toBe(
      '1k5000b=%2C',
    )
    expect(
      bybitDiagnosis.stringToSign({ method: 'POST', url: '/a?ignored=1', headers, body: '{"a": 1}' }),
    ).toBe('1k5000{"a": 1}')
  })
})
