import { createRequire } from 'node:module'
import { chooseTimestamp, timestampWindow } from '@signet/core'
import { WS_BASE_URL_MAP } from 'okx-api'
import { describe, expect, it } from 'vitest'
import { okxExamples } from '../src/emulate/index'
import { createOkxSigner, okx, okxHosts, okxTolerance } from '../src/index'
import { createOkxVerifier, okxVerification } from '../src/verify/index'

const T = 1_700_000_000_000
const creds = {
  apiKey: '7e6d5c4b-3a29-4180-9f0e-1d2c3b4a5968',
  secret: 'D00DFEEDD00DFEEDD00DFEEDD00DFEED',
  passphrase: 'Definition-9',
}

describe('okx definition', () => {
  it('default: 30 s either way in core Tolerance terms (spec okx.md §4)', () => {
    expect(timestampWindow(okx.freshness)).toEqual({
      windowMs: undefined,
      tolerance: { aheadMs: 30_001, behindMs: 30_000 },
      resolutionMs: 1,
    })
    expect(okx.bodyParams).toBe('json')
    expect(okx.products[okx.defaultProduct]?.serverTime).toEqual({
      method: 'GET',
      path: '/api/v5/public/time',
      security: 'none',
    })
  })

  it('behavior: the verifier accepts exactly the tolerance, for the default window and an expTime window', () => {
    const verifierAt = (now: number) => createOkxVerifier({ keys: [creds], now: () => now })
    const signer = createOkxSigner(creds)
    for (const windowMs of [undefined, 5000, 60_000]) {
      const { aheadMs, behindMs } = okxTolerance(windowMs)
      const edges: [number, boolean][] = [
        [T - behindMs, true],
        [T - behindMs - 1, false],
        [T + aheadMs - 1, true],
        [T + aheadMs, false],
      ]
      for (const [timestamp, accepted] of edges) {
        const signed = signer.signSync!(okxExamples.placeOrder('w1'), { timestamp, windowMs })
        const result = verifierAt(T).verify({ ...signed, body: signed.body ?? '' })
        expect(result.ok, `windowMs ${windowMs}, ${timestamp - T} ms`).toBe(accepted)
        if (!result.ok) expect(result.kind).toBe('timestamp')
      }
    }
  })

  it('behavior: windowMs becomes the expTime header (timestamp + windowMs)', () => {
    const signed = createOkxSigner(creds).signSync!(okxExamples.placeOrder('w2'), {
      timestamp: T,
      windowMs: 5000,
    })
    expect(signed.headers.expTime).toBe(String(T + 5000))
  })

  it('behavior: chooseTimestamp with the OKX window yields timestamps the verifier accepts at both latency extremes', () => {
    const tolerance = timestampWindow(okx.freshness)!.tolerance
    const ts = chooseTimestamp({ now: T, uncertaintyMs: 10_000, tolerance, latencyMs: 5000 })
    const signed = createOkxSigner(creds).signSync!(okxExamples.account, { timestamp: ts })
    for (const arrival of [T - 10_000, T + 15_000]) {
      expect(
        createOkxVerifier({ keys: [creds], now: () => arrival }).verify({ ...signed, body: '' }).ok,
      ).toBe(true)
    }
  })

  it('default: hosts per region agree with okx-api (its getRestBaseUrl and WS_BASE_URL_MAP, spec okx.md §8)', () => {
    const { getRestBaseUrl } = createRequire(import.meta.resolve('okx-api'))('./util/requestUtils.js')
    expect(okxHosts.global.rest.live).toBe(getRestBaseUrl('GLOBAL', {}))
    expect(okxHosts.global.rest.alternatives).toContain(getRestBaseUrl('OPENAPI_GLOBAL', {}))
    expect(okxHosts.eea.rest.live).toBe(getRestBaseUrl('EEA', {}))
    expect(okxHosts.us.rest.live).toBe(getRestBaseUrl('US', {}))
    const map = WS_BASE_URL_MAP as Record<string, Record<'live' | 'demo', { private: string }>>
    for (const [region, market] of [
      ['global', 'GLOBAL'],
      ['eea', 'EEA'],
      ['us', 'US'],
    ] as const) {
      expect(`${okxHosts[region].ws.live}/private`).toBe(map[market]!.live.private)
      expect(`${okxHosts[region].ws.demo}/private`).toBe(map[market]!.demo.private)
    }
    expect(okxHosts.eea.website).toBe('my.okx.com')
    expect(okxHosts.us.website).toBe('app.okx.com')
    expect(okx.products.v5?.rest).toMatchObject({
      live: 'https://www.okx.com',
      eea: 'https://eea.okx.com',
      us: 'https://us.okx.com',
    })
  })

  it('behavior: examples sign and verify, order endpoints need trade permission', () => {
    const signer = okx.createSigner(creds)
    const verifier = okxVerification.createVerifier({ keys: [creds], now: () => T })
    for (const intent of [
      okxExamples.account,
      okxExamples.placeOrder('ex1'),
      okxExamples.cancelOrder('ex1'),
    ]) {
      const signed = signer.signSync!(intent, { timestamp: T })
      expect(verifier.verify({ ...signed, body: signed.body ?? '' })).toMatchObject({ ok: true })
    }
    expect(okx.clientOrderIdParam).toBe('clOrdId')
    expect(okxExamples.placeOrder('x9').body).toMatchObject({ clOrdId: 'x9' })
  })
})
