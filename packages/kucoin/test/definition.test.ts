import { type ExchangeDefinition, timestampWindow } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { kucoinExamples } from '../src/emulate/index'
import { kucoin } from '../src/index'
import { kucoinVerification } from '../src/verify/index'

const T = 1_700_000_000_000
const key = { apiKey: 'definition-key', secret: 'definition-secret-1', passphrase: 'definition-pass' }

describe('kucoin definition', () => {
  it('default: data from spec kucoin.md', () => {
    const d: ExchangeDefinition = kucoin
    expect({
      id: d.id,
      hosts: Object.fromEntries(Object.entries(d.products).map(([k, p]) => [k, p.rest.live])),
      time: d.products.spot!.serverTime,
      tolerance: timestampWindow(d.freshness)?.tolerance,
      window: timestampWindow(d.freshness)?.windowMs,
      resolution: timestampWindow(d.freshness)?.resolutionMs,
      bodyParams: d.bodyParams,
    }).toMatchInlineSnapshot(`
      {
        "bodyParams": "json",
        "hosts": {
          "futures": "https://api-futures.kucoin.com",
          "spot": "https://api.kucoin.com",
        },
        "id": "kucoin",
        "resolution": 1,
        "time": {
          "method": "GET",
          "path": "/api/v1/timestamp",
          "security": "none",
        },
        "tolerance": {
          "aheadMs": 5000,
          "behindMs": 5000,
        },
        "window": undefined,
      }
    `)
  })

  it('behavior: parseServerTime reads KuCoin answers', () => {
    expect(kucoin.parseServerTime({ code: '200000', msg: 'success', data: 1546837113087 })).toBe(
      1546837113087,
    )
    expect(kucoin.parseServerTime('{"code":"200000","data":1637385119302}')).toBe(1637385119302)
    expect(() => kucoin.parseServerTime({ code: '500000' })).toThrow(/"data":<epoch ms>/)
    expect(() => kucoin.parseServerTime('<html>')).toThrow(/"data":<epoch ms>/)
  })

  it('behavior: the examples sign and verify, and the verifier answers the server time it is given', async () => {
    const signer = kucoin.createSigner(key)
    const verifier = kucoinVerification.createVerifier({ keys: [key], now: () => T })
    const intents = [
      kucoinExamples.account,
      kucoinExamples.placeOrder('c-1'),
      kucoinExamples.cancelOrder('c-1'),
    ]
    for (const intent of intents) {
      const signed = await signer.sign(intent, { timestamp: T })
      expect(verifier.verify({ ...signed, body: signed.body ?? '' }).ok, intent.path).toBe(true)
    }
    const placed = await signer.sign(kucoinExamples.placeOrder('c-1'), { timestamp: T })
    expect(JSON.parse(placed.body!)[kucoin.clientOrderIdParam]).toBe('c-1')
    expect(kucoin.parseServerTime(JSON.parse(verifier.respond.serverTime(T).body))).toBe(T)
  })
})
