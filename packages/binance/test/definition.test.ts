import { ExchangeError, timestampWindow } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { binanceExamples } from '../src/emulate/index'
import { binance, binanceHosts, createBinanceSigner } from '../src/index'
import { binanceVerification } from '../src/verify/index'
import { DOC_API_KEY, DOC_SECRET } from './vectors'

describe('binance definition', () => {
  it('default: tolerance is ahead 1000 ms, behind = recvWindow (default 5000; spec §4)', () => {
    expect(timestampWindow(binance.freshness)).toEqual({
      windowMs: 5000,
      tolerance: { aheadMs: 1000, behindMs: 5000 },
      resolutionMs: 1,
    })
    expect(timestampWindow(binance.freshness, 60000)?.tolerance).toEqual({ aheadMs: 1000, behindMs: 60000 })
    expect(binance).toMatchObject({
      id: 'binance',
      freshness: { kind: 'timestamp', defaultWindowMs: 5000, resolutionMs: 1 },
      bodyParams: 'form',
      defaultProduct: 'spot',
    })
  })

  it('default: hosts and server-time requests per product (spec §5, §8)', () => {
    expect(Object.keys(binance.products)).toEqual([
      'spot',
      'sapi',
      'usdm',
      'coinm',
      'options',
      'portfolioMargin',
    ])
    expect(binanceHosts.spot.rest).toMatchObject({
      live: 'https://api.binance.com',
      testnet: 'https://testnet.binance.vision',
      demo: 'https://demo-api.binance.com',
    })
    expect(binanceHosts.spot.ws).toMatchObject({
      live: 'wss://ws-api.binance.com:443/ws-api/v3',
      testnet: 'wss://ws-api.testnet.binance.vision/ws-api/v3',
    })
    expect(binanceHosts.usdm.rest).toMatchObject({
      live: 'https://fapi.binance.com',
      demo: 'https://demo-fapi.binance.com',
    })
    expect(binanceHosts.coinm.rest.live).toBe('https://dapi.binance.com')
    expect(binanceHosts.options.rest.live).toBe('https://eapi.binance.com')
    expect(binanceHosts.portfolioMargin.rest.live).toBe('https://papi.binance.com')
    expect(
      Object.fromEntries(
        Object.entries(binance.products).map(([k, p]) => [
          k,
          `${p.serverTime.method} ${p.serverTime.path} ${p.serverTime.security}`,
        ]),
      ),
    ).toEqual({
      spot: 'GET /api/v3/time none',
      sapi: 'GET /api/v3/time none',
      usdm: 'GET /fapi/v1/time none',
      coinm: 'GET /dapi/v1/time none',
      options: 'GET /eapi/v1/time none',
      portfolioMargin: 'GET /fapi/v1/time none',
    })
  })

  it('default: parseServerTime reads REST and WebSocket API answers, text or parsed; µs become ms', () => {
    expect(binance.parseServerTime({ serverTime: 1499827319559 })).toBe(1499827319559)
    expect(binance.parseServerTime('{"serverTime":1499827319559}')).toBe(1499827319559)
    expect(binance.parseServerTime({ id: 1, status: 200, result: { serverTime: 1656400526260 } })).toBe(
      1656400526260,
    )
    expect(binance.parseServerTime({ serverTime: 1499827319559123 })).toBe(1499827319559.123)
    expect(() => binance.parseServerTime('<html>')).toThrow(ExchangeError)
    expect(() => binance.parseServerTime({ serverTime: '1' })).toThrow(ExchangeError)
  })

  it('default: serverTimeFromResponse reads serverTime or an order transactTime', () => {
    const read = binance.serverTimeFromResponse!
    expect(
      read({
        status: 200,
        headers: {},
        body: '{"symbol":"BTCUSDT","orderId":28,"transactTime":1507725176595}',
      }),
    ).toBe(1507725176595)
    expect(read({ status: 200, headers: {}, body: '{"balances":[]}' })).toBeUndefined()
    expect(read({ status: 400, headers: {}, body: '{"code":-1022}' })).toBeUndefined()
    expect(read({ status: 200, headers: {}, body: 'not json' })).toBeUndefined()
  })

  it('behavior: examples sign and verify (read key for account, trade permission for orders)', () => {
    const signer = binance.createSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET })
    const T = 1_700_000_000_000
    const paths = [binanceExamples.account.path, binanceExamples.placeOrder('x').path]
    const v = binanceVerification.createVerifier({
      keys: [{ apiKey: DOC_API_KEY, secret: DOC_SECRET }],
      now: () => T,
      paths,
    })
    for (const intent of [
      binanceExamples.account,
      binanceExamples.placeOrder('bot-42'),
      binanceExamples.cancelOrder('bot-42'),
    ]) {
      const s = signer.signSync!(intent, { timestamp: T })
      expect(v.verify({ ...s, body: s.body ?? '' }), `${intent.method} ${intent.path}`).toMatchObject({
        ok: true,
      })
    }
    const placed = signer.signSync!(binanceExamples.placeOrder('bot-42'), { timestamp: T })
    const result = v.verify({ ...placed, body: placed.body! })
    expect(result.ok && result.params[binance.clientOrderIdParam]).toBe('bot-42')
    expect(binanceExamples.cancelOrder('bot-42').params).toMatchObject({ origClientOrderId: 'bot-42' })
  })

  it('default: createSigner is createBinanceSigner', () => {
    const intent = binanceExamples.account
    const a = binance.createSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET }).signSync!(intent, {
      timestamp: 1_700_000_000_000,
    })
    expect(
      createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET }).signSync!(intent, {
        timestamp: 1_700_000_000_000,
      }),
    ).toEqual(a)
  })
})
