// Issue 12, items 5 and 9 for Binance: a 200 that is not JSON is an error, and the WebSocket helpers send the
// recvWindow text they signed.
import { createHmac, createPrivateKey, createPublicKey, verify } from 'node:crypto'
import { InvalidParameterError, isSignetError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { classifyBinanceError, createBinanceSigner } from '../src/index'
import { DOC_API_KEY, DOC_SECRET, ED25519_RFC8032_PEM } from './vectors'

const signer = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET })
const edSigner = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM })
const edPublic = createPublicKey(createPrivateKey(ED25519_RFC8032_PEM))
const T = 1_700_000_000_000

/** What Binance recomputes: the params as sent in JSON, sorted, joined raw (spec binance.md §7). */
function serverText(params: Record<string, unknown>): string {
  return Object.keys(params)
    .filter((name) => name !== 'signature')
    .sort()
    .map((name) => `${name}=${String(params[name])}`)
    .join('&')
}
const serverSignature = (params: Record<string, unknown>) =>
  createHmac('sha256', DOC_SECRET).update(serverText(params)).digest('hex')

describe('Binance WebSocket recvWindow', () => {
  for (const recvWindow of ['5000.0', '05000', '5000', 5000, 5000.5, '60000.000']) {
    it(`behavior: recvWindow ${JSON.stringify(recvWindow)} is sent as the value that was signed`, async () => {
      const sent = JSON.parse(
        JSON.stringify(
          signer.signWebSocketParamsSync(
            { symbol: 'BTCUSDT' },
            { timestamp: T, windowMs: recvWindow as number },
          ),
        ),
      )
      expect(sent.signature).toBe(serverSignature(sent))
      const logon = JSON.parse(
        JSON.stringify(
          await edSigner.signWebSocketAuth({ id: 'x', timestamp: T, windowMs: recvWindow as number }),
        ),
      )
      const text = Buffer.from(serverText(logon.params))
      expect(verify(null, text, edPublic, Buffer.from(logon.params.signature, 'base64'))).toBe(true)
    })
  }
})

describe('Binance 200 answers that are not JSON', () => {
  for (const body of [
    '<html><title>Hotel Wi-Fi login</title></html>',
    '{"symbol":"BTCUSDT","orderId":12',
    'OK',
  ]) {
    it(`error: ${JSON.stringify(body.slice(0, 20))} is classified as an error, not a success`, () => {
      const classified = classifyBinanceError({ status: 200, headers: {}, body })
      expect(classified?.kind).toBe('other')
      expect(classified?.hint).toMatch(/not JSON|proxy|portal/i)
    })
  }

  it('default: a 200 JSON answer is a success', () => {
    expect(classifyBinanceError({ status: 200, headers: {}, body: '{"serverTime":1}' })).toBeUndefined()
    expect(classifyBinanceError({ status: 200, headers: {}, body: '[]' })).toBeUndefined()
  })
})

describe('Binance WebSocket helpers: the clock/signer contract and typed errors', () => {
  it("behavior: the signer's clock is used (a fractional now() floored) and the per-call timestamp wins", async () => {
    const clocked = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET, now: () => T + 0.9 })
    const fromNow = clocked.signWebSocketParamsSync({ symbol: 'BTCUSDT' })
    expect(fromNow.timestamp).toBe(T)
    const later = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET, now: () => T + 5000 })
    expect(later.signWebSocketParamsSync({ symbol: 'BTCUSDT' }, { timestamp: T })).toEqual(fromNow)
    const edClocked = createBinanceSigner({
      apiKey: DOC_API_KEY,
      privateKey: ED25519_RFC8032_PEM,
      now: () => T,
    })
    expect((await edClocked.signWebSocketAuth()).params.timestamp).toBe(T)
  })

  it('error: null options, a now option and a timestamp in seconds are typed errors', async () => {
    const cases = [
      () => signer.signWebSocketParamsSync({ symbol: 'BTCUSDT' }, null as never),
      () => signer.signWebSocketParamsSync({ symbol: 'BTCUSDT' }, { timestamp: 1_700_000_000 }),
      () => signer.signWebSocketParamsSync({ symbol: 'BTCUSDT' }, { recvWindow: 5000 } as never),
    ]
    for (const fn of cases) {
      const error = thrown(fn)
      expect(error).toBeInstanceOf(InvalidParameterError)
      expect(isSignetError(error) && (error as InvalidParameterError).hint).toBeTruthy()
    }
    await expect(edSigner.signWebSocketAuth({ timestamp: 1_700_000_000 })).rejects.toBeInstanceOf(
      InvalidParameterError,
    )
  })
})
