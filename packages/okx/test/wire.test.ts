import { describe, expect, it } from 'vitest'
import { okxDiagnosis } from '../src/diagnose/index'
import { createOkxSigner, okx } from '../src/index'
import { DOC_API_KEY, DOC_PASSPHRASE, DOC_SECRET, DOC_TIMESTAMP_MS } from './vectors'

// Published docs' example secret and timestamp (spec okx.md §9), so nothing on the wire needs redacting here.
// Each OK-ACCESS-SIGN below is independently checkable with
// `printf %s '<prehash>' | openssl dgst -sha256 -hmac 22582BD0CFF14C41EDBF1AB98506286D -binary | base64`.
const credentials = { apiKey: DOC_API_KEY, secret: DOC_SECRET, passphrase: DOC_PASSPHRASE }

describe('what goes on the wire', () => {
  it('default: GET (spec OKX-S1)', async () => {
    const signed = await createOkxSigner(credentials).sign(
      { method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'BTC' }, security: 'signed' },
      { timestamp: DOC_TIMESTAMP_MS },
    )
    expect(signed).toMatchInlineSnapshot(`
      {
        "headers": {
          "OK-ACCESS-KEY": "37c541a1-0000-4000-8000-10fe7a038418",
          "OK-ACCESS-PASSPHRASE": "Doc-Example-Pass1",
          "OK-ACCESS-SIGN": "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=",
          "OK-ACCESS-TIMESTAMP": "2020-12-08T09:08:57.715Z",
        },
        "method": "GET",
        "url": "/api/v5/account/balance?ccy=BTC",
      }
    `)
  })

  it('args: demo signer, POST (spec OKX-S2 body; the headers of §3)', async () => {
    const signed = await createOkxSigner({ ...credentials, keyEnvironment: 'demo' }).sign(
      {
        method: 'POST',
        path: '/api/v5/account/set-leverage',
        body: { instId: 'BTC-USDT', lever: '5', mgnMode: 'isolated' },
        security: 'signed',
      },
      { timestamp: DOC_TIMESTAMP_MS },
    )
    expect(signed).toMatchInlineSnapshot(`
      {
        "body": "{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}",
        "headers": {
          "Content-Type": "application/json",
          "OK-ACCESS-KEY": "37c541a1-0000-4000-8000-10fe7a038418",
          "OK-ACCESS-PASSPHRASE": "Doc-Example-Pass1",
          "OK-ACCESS-SIGN": "eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8=",
          "OK-ACCESS-TIMESTAMP": "2020-12-08T09:08:57.715Z",
          "x-simulated-trading": "1",
        },
        "method": "POST",
        "url": "/api/v5/account/set-leverage",
      }
    `)
  })

  it('args: windowMs on order placement is the expTime header, timestamp + windowMs (spec okx.md §3 [EXP])', async () => {
    const signed = await createOkxSigner(credentials).sign(
      {
        method: 'POST',
        path: '/api/v5/trade/order',
        body: { instId: 'BTC-USDT', tdMode: 'cash', side: 'buy', ordType: 'limit', sz: '1', px: '2' },
        security: 'signed',
      },
      { timestamp: DOC_TIMESTAMP_MS, windowMs: 5000 },
    )
    // expTime is a header outside the prehash (spec okx.md §3).
    expect(signed.headers.expTime).toBe('1607418542715')
    expect(Object.keys(signed.headers).sort()).toMatchInlineSnapshot(`
      [
        "Content-Type",
        "OK-ACCESS-KEY",
        "OK-ACCESS-PASSPHRASE",
        "OK-ACCESS-SIGN",
        "OK-ACCESS-TIMESTAMP",
        "expTime",
      ]
    `)
  })

  it('args: values that need escaping are percent-encoded once, RFC 3986', () => {
    const signed = createOkxSigner(credentials).signSync!(
      {
        method: 'GET',
        path: '/api/v5/asset/deposit-history',
        params: { ccy: 'BTC,ETH', memo: 'a b+c&d=é', after: 1700000000000, ok: true },
        security: 'signed',
      },
      { timestamp: DOC_TIMESTAMP_MS },
    )
    // Hand-derived: ',' %2C, ' ' %20, '+' %2B, '&' %26, '=' %3D, 'é' UTF-8 C3 A9.
    expect(signed.url).toBe(
      '/api/v5/asset/deposit-history?ccy=BTC%2CETH&memo=a%20b%2Bc%26d%3D%C3%A9&after=1700000000000&ok=true',
    )
    expect(okxDiagnosis.stringToSign({ ...signed, body: '' })).toBe(
      `2020-12-08T09:08:57.715ZGET${signed.url}`,
    )
  })

  it('args: public requests carry no credentials; demo keeps its header', () => {
    const signed = createOkxSigner({ ...credentials, keyEnvironment: 'demo' }).signSync!(
      okx.products.v5!.serverTime,
    )
    expect(signed).toEqual({
      method: 'GET',
      url: '/api/v5/public/time',
      headers: { 'x-simulated-trading': '1' },
    })
  })

  it('args: WS login op (spec OKX-S3)', async () => {
    const message = await createOkxSigner(credentials).signWebSocketAuth({ timestamp: 1_538_054_050_000 })
    expect(JSON.stringify(message)).toBe(
      '{"op":"login","args":[{"apiKey":"37c541a1-0000-4000-8000-10fe7a038418","passphrase":"Doc-Example-Pass1","timestamp":"1538054050","sign":"+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M="}]}',
    )
  })
})
