import { createHmac } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { runSignerSuite, thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { kucoinEmulation } from '../src/emulate/index'
import { createKucoinSigner } from '../src/index'

const key = { apiKey: 'signer-key', secret: 'signer-secret-1234', passphrase: 'signer-pass' }
const T = 1_700_000_000_000
const get: RequestIntent = {
  method: 'GET',
  path: '/api/v1/accounts',
  params: { currency: 'USDT' },
  security: 'signed',
}

describe('createKucoinSigner', () => {
  it('default: the wire form of a GET (made-up key)', async () => {
    expect(await createKucoinSigner(key).sign(get, { timestamp: T })).toMatchInlineSnapshot(`
      {
        "body": undefined,
        "headers": {
          "KC-API-KEY": "signer-key",
          "KC-API-KEY-VERSION": "2",
          "KC-API-PASSPHRASE": "q90gEcex/ulBoFOFWZYs10MDjaMQ90ZY54mdCb/jHFE=",
          "KC-API-SIGN": "q1i737NVpflqKEaNlK2NH+iVZGF2fpHwxYZrxYDzEGo=",
          "KC-API-TIMESTAMP": "1700000000000",
        },
        "method": "GET",
        "url": "/api/v1/accounts?currency=USDT",
      }
    `)
    // Independent of the snapshot: the documented rule by hand (spec kucoin.md).
    const h = (text: string) => createHmac('sha256', key.secret).update(text).digest('base64')
    const signed = createKucoinSigner(key).signSync!(get, { timestamp: T })
    expect(signed.headers['KC-API-SIGN']).toBe(h('1700000000000GET/api/v1/accounts?currency=USDT'))
    expect(signed.headers['KC-API-PASSPHRASE']).toBe(h(key.passphrase))
  })

  it('args: keyVersion 3 signs the passphrase too and sends KC-API-KEY-VERSION 3', () => {
    const v2 = createKucoinSigner(key).signSync!(get, { timestamp: T })
    const v3 = createKucoinSigner({ ...key, keyVersion: 3 }).signSync!(get, { timestamp: T })
    expect(v3.headers['KC-API-KEY-VERSION']).toBe('3')
    expect(v3.headers['KC-API-PASSPHRASE']).toBe(v2.headers['KC-API-PASSPHRASE'])
    expect(v3.headers['KC-API-SIGN']).toBe(v2.headers['KC-API-SIGN'])
  })

  it('error: the messages of a secret ending in a newline and of a path without "/"', () => {
    expect(
      thrown(() => createKucoinSigner({ ...key, secret: `${key.secret}\n` })).message,
    ).toMatchInlineSnapshot(`
      "Invalid credential "secret": ends with a newline (CR/LF).
      Hint: Copy the secret again, or trim what you read from a file or environment variable."
    `)
    const signer = createKucoinSigner(key)
    expect(() => signer.signSync!({ ...get, path: 'accounts' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "path": expected a path starting with "/", without host, query, fragment or . and .. segments, made of URL-safe characters (put query parameters in \`params\`), received "accounts".]`,
    )
  })
})

runSignerSuite(kucoinEmulation, {
  // KuCoin keys are HMAC keys with a passphrase, version 2 or 3, live only (spec kucoin.md).
  badCredentials: [
    ['passphrase', { passphrase: undefined }],
    ['passphrase', { passphrase: '"signer-pass"' }],
    ['privateKey', { privateKey: 'x' }],
    ['keyVersion', { keyVersion: '1' }],
    ['keyEnvironment', { environment: 'demo' }],
  ],
  badIntents: [
    ['path', { path: '/api/v1/accounts?currency=USDT' }],
    ['form', { method: 'POST', form: { a: '1' } }],
    ['body.size', { method: 'POST', path: '/api/v1/orders', body: { size: 1e21 }, security: 'signed' }],
  ],
})
