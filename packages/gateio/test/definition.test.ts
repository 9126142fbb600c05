import { timestampWindow } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { gateioExamples } from '../src/emulate/index'
import { gateio } from '../src/index'
import { gateioVerification } from '../src/verify/index'

const T = 1_700_000_000_000
const key = { apiKey: 'definition-key', secret: 'definition-secret-1' }

describe('gateio definition', () => {
  it('default: data from spec gateio.md', () => {
    expect({
      id: gateio.id,
      hosts: Object.fromEntries(Object.entries(gateio.products).map(([k, p]) => [k, p.rest])),
      time: gateio.products.spot!.serverTime,
      tolerance: timestampWindow(gateio.freshness)?.tolerance,
      resolution: timestampWindow(gateio.freshness)?.resolutionMs,
      bodyParams: gateio.bodyParams,
    }).toMatchInlineSnapshot(`
      {
        "bodyParams": "json",
        "hosts": {
          "futures": {
            "live": "https://api.gateio.ws",
            "testnet": "https://api-testnet.gateapi.io",
          },
          "spot": {
            "live": "https://api.gateio.ws",
            "testnet": "https://api-testnet.gateapi.io",
          },
        },
        "id": "gateio",
        "resolution": 1000,
        "time": {
          "method": "GET",
          "path": "/api/v4/spot/time",
          "security": "none",
        },
        "tolerance": {
          "aheadMs": 61000,
          "behindMs": 60000,
        },
      }
    `)
  })

  it('behavior: the tolerance agrees with the verifier at whole and fractional server seconds', async () => {
    const { aheadMs, behindMs } = timestampWindow(gateio.freshness)!.tolerance
    const signer = gateio.createSigner(key)
    for (const now of [T, T + 1, T + 999]) {
      const verifier = gateioVerification.createVerifier({ keys: [key], now: () => now })
      const ok = async (ts: number) => {
        const signed = await signer.sign(gateioExamples.account, { timestamp: ts })
        return verifier.verify({ ...signed, body: signed.body ?? '' }).ok
      }
      // behind: inclusive and exact at any server time
      expect(await ok(now - behindMs), `now=${now}`).toBe(true)
      // ahead: exact at a whole server second; within a second, the truncated timestamp may cross it
      expect(await ok(Math.floor(now / 1000) * 1000 + aheadMs - 1), `now=${now}`).toBe(true)
      expect(await ok(Math.floor(now / 1000) * 1000 + aheadMs), `now=${now}`).toBe(false)
    }
  })

  it('behavior: parseServerTime reads GET /api/v4/spot/time', () => {
    expect(gateio.parseServerTime({ server_time: 1731447921098 })).toBe(1731447921098)
    expect(gateio.parseServerTime('{"server_time":1597026383085}')).toBe(1597026383085)
    expect(() => gateio.parseServerTime({ label: 'SERVER_ERROR' })).toThrow(/server_time/)
  })

  it('behavior: the examples sign and verify; the order carries the client id in `text`', async () => {
    const signer = gateio.createSigner(key)
    const verifier = gateioVerification.createVerifier({ keys: [key], now: () => T })
    for (const intent of [
      gateioExamples.account,
      gateioExamples.placeOrder('t-c1'),
      gateioExamples.cancelOrder('t-c1'),
    ]) {
      const signed = await signer.sign(intent, { timestamp: T })
      expect(verifier.verify({ ...signed, body: signed.body ?? '' }).ok, intent.path).toBe(true)
    }
    const placed = await signer.sign(gateioExamples.placeOrder('t-c1'), { timestamp: T })
    expect(JSON.parse(placed.body!)[gateio.clientOrderIdParam]).toBe('t-c1')
    expect(gateio.parseServerTime(JSON.parse(verifier.respond.serverTime(T).body))).toBe(T)
  })
})
