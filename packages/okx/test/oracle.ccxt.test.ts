import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { okxDiagnosis } from '../src/diagnose/index'
import { okxExamples } from '../src/emulate/index'
import { createOkxSigner } from '../src/index'
import { createOkxVerifier } from '../src/verify/index'
import { bodyArb, paramsArb, pathArb, timestampArb } from './_arbitraries'

// Made-up key for the oracle runs.
const apiKey = '0d9f4c2e-6a1b-4c3d-9e8f-7a6b5c4d3e2f'
const secret = 'A1B2C3D4E5F60718293A4B5C6D7E8F90'
const passphrase = 'Oracle-Pass-42'
const HOST = 'https://www.okx.com'

type CcxtOut = {
  url: string
  method: string
  body?: string
  headers: Record<string, string>
  prehash: string
}

/** ccxt 4.5.84 okx.sign() with a fixed nonce, capturing the exact bytes it HMACs (one instance, reused). */
const ccxtOkx = (() => {
  const exchange = new ccxt.okx({ apiKey, secret, password: passphrase }) as any
  let timestamp = 0
  let prehash = ''
  exchange.nonce = () => timestamp
  const original = exchange.hmac.bind(exchange)
  exchange.hmac = (data: Uint8Array, ...rest: unknown[]) => {
    prehash = new TextDecoder().decode(data)
    return original(data, ...rest)
  }
  return (path: string, method: 'GET' | 'POST', params: unknown, at: number): CcxtOut => {
    timestamp = at
    const out = exchange.sign(path, 'private', method, structuredClone(params))
    return { ...out, prehash }
  }
})()

const signer = createOkxSigner({ apiKey, secret, passphrase })
const verifierAt = (now: number, environment?: string) =>
  createOkxVerifier({
    keys: [
      { apiKey, secret, passphrase },
      { apiKey: DEMO_KEY, secret, passphrase, environment: 'demo' },
    ],
    now: () => now,
    environment,
  })
const DEMO_KEY = 'de30de30-0000-4000-8000-000000000001'

describe('oracle: ccxt okx.sign()', () => {
  it('behavior: GET requests give the same URL, prehash and signature, and the verifier accepts ccxt', () => {
    fc.assert(
      fc.property(pathArb, paramsArb(), timestampArb, (path, params, timestamp) => {
        const signed = signer.signSync!(
          { method: 'GET', path: `/api/v5/${path}`, params, security: 'signed' },
          { timestamp },
        )
        const theirs = ccxtOkx(path, 'GET', params, timestamp)
        // Both percent-encode every byte outside A-Z a-z 0-9 - _ . ~ (RFC 3986; spec okx.md §2 "sign what you send").
        expect(theirs.url).toBe(HOST + signed.url)
        expect(theirs.body).toBeUndefined()
        expect(signed.body).toBeUndefined()
        expect(theirs.prehash).toBe(okxDiagnosis.stringToSign({ ...signed, body: '' }))
        // Every header, name and value: the four OK-ACCESS-* and, for a POST, Content-Type (spec okx.md §3).
        expect(signed.headers).toEqual(theirs.headers)
        const raw = {
          method: theirs.method,
          url: theirs.url.slice(HOST.length),
          headers: theirs.headers,
          body: '',
        }
        expect(verifierAt(timestamp).verify(raw)).toMatchObject({ ok: true, apiKey })
      }),
      { numRuns: 1500 },
    )
  })

  it('behavior: POST requests give the same body, prehash and signature, and the verifier accepts ccxt', () => {
    fc.assert(
      fc.property(pathArb, bodyArb, timestampArb, (path, body, timestamp) => {
        const signed = signer.signSync!(
          { method: 'POST', path: `/api/v5/${path}`, body, security: 'signed' },
          { timestamp },
        )
        const theirs = ccxtOkx(path, 'POST', body, timestamp)
        expect(theirs.url).toBe(HOST + signed.url)
        expect(theirs.body).toBe(signed.body)
        expect(theirs.prehash).toBe(okxDiagnosis.stringToSign({ ...signed, body: signed.body ?? '' }))
        // Every header, name and value: the four OK-ACCESS-* and, for a POST, Content-Type (spec okx.md §3).
        expect(signed.headers).toEqual(theirs.headers)
        const raw = { method: 'POST', url: signed.url, headers: theirs.headers, body: theirs.body ?? '' }
        expect(verifierAt(timestamp).verify(raw)).toMatchObject({ ok: true, apiKey })
      }),
      { numRuns: 1500 },
    )
  })

  it('behavior: a POST without body signs no body, as ccxt does for empty params', () => {
    const timestamp = 1_700_000_000_000
    const signed = signer.signSync!(
      { method: 'POST', path: '/api/v5/account/bills', security: 'signed' },
      { timestamp },
    )
    const theirs = ccxtOkx('account/bills', 'POST', {}, timestamp)
    expect(signed.body).toBeUndefined()
    expect(theirs.body).toBeUndefined()
    expect(theirs.prehash).toBe('2023-11-14T22:13:20.000ZPOST/api/v5/account/bills')
    expect(signed.headers['OK-ACCESS-SIGN']).toBe(theirs.headers['OK-ACCESS-SIGN'])
    // Disagreement by design (spec okx.md §2 "sign exactly what you send"): body `{}` is sent and signed by
    // Signet, while ccxt drops empty params; both are self-consistent and the verifier accepts both.
    const withEmpty = signer.signSync!(
      { method: 'POST', path: '/api/v5/account/bills', body: {}, security: 'signed' },
      { timestamp },
    )
    expect(withEmpty.body).toBe('{}')
    expect(verifierAt(timestamp).verify({ ...withEmpty, body: '{}' }).ok).toBe(true)
  })

  it('behavior: the example order signs like ccxt and the verifier accepts the ccxt order', () => {
    const timestamp = 1_700_000_000_000
    const intent = okxExamples.placeOrder('ccxt1order')
    const signed = signer.signSync!(intent, { timestamp })
    // ccxt adds a broker clOrdId only when none is given; with one given it sends the body as is.
    const theirs = ccxtOkx('trade/order', 'POST', intent.body, timestamp)
    expect(theirs.body).toBe(signed.body)
    expect(theirs.headers['OK-ACCESS-SIGN']).toBe(signed.headers['OK-ACCESS-SIGN'])
    const raw = { method: 'POST', url: '/api/v5/trade/order', headers: theirs.headers, body: theirs.body! }
    expect(verifierAt(timestamp).verify(raw)).toMatchObject({
      ok: true,
      params: { clOrdId: 'ccxt1order', sz: '0.001' },
    })
  })

  it('behavior: ccxt in sandbox mode sends x-simulated-trading: 1, accepted for a demo key and 50101 for a live key', () => {
    const timestamp = 1_700_000_000_000
    const demoCcxt = (key: string) => {
      const exchange = new ccxt.okx({ apiKey: key, secret, password: passphrase }) as any
      exchange.setSandboxMode(true)
      exchange.nonce = () => timestamp
      const out = exchange.sign('account/balance', 'private', 'GET', { ccy: 'BTC' })
      return {
        method: 'GET',
        url: out.url.slice(HOST.length),
        headers: { ...exchange.headers, ...out.headers },
        body: '',
      }
    }
    const demoRequest = demoCcxt(DEMO_KEY)
    expect(demoRequest.headers['x-simulated-trading']).toBe('1')
    expect(verifierAt(timestamp).verify(demoRequest)).toMatchObject({ ok: true, apiKey: DEMO_KEY })
    const signedDemo = createOkxSigner({ apiKey: DEMO_KEY, secret, passphrase, keyEnvironment: 'demo' })
      .signSync!(
      { method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'BTC' }, security: 'signed' },
      { timestamp },
    )
    expect(signedDemo.headers['OK-ACCESS-SIGN']).toBe(demoRequest.headers['OK-ACCESS-SIGN'])
    expect(signedDemo.headers['x-simulated-trading']).toBe('1')
    expect(verifierAt(timestamp).verify(demoCcxt(apiKey))).toMatchObject({ ok: false, code: '50101' })
  })
})
