import { createHmac } from 'node:crypto'
import { inspect } from 'node:util'
import type { RequestIntent } from '@signet/core'
import { expectFieldErrors, thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
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

  it('args: `now` is used when no timestamp is given', () => {
    const signed = createKucoinSigner({ ...key, now: () => 1_600_000_000_123 }).signSync!(get)
    expect(signed.headers['KC-API-TIMESTAMP']).toBe('1600000000123')
  })

  it('behavior: a public intent gets no auth headers', () => {
    expect(
      createKucoinSigner(key).signSync!({ method: 'GET', path: '/api/v1/timestamp', security: 'none' }),
    ).toEqual({
      method: 'GET',
      url: '/api/v1/timestamp',
      headers: {},
      body: undefined,
    })
  })

  it('behavior: sign and signSync agree', async () => {
    const signer = createKucoinSigner(key)
    expect(await signer.sign(get, { timestamp: T })).toEqual(signer.signSync!(get, { timestamp: T }))
  })

  it('behavior: the signer prints no secret', () => {
    const signer = createKucoinSigner(key)
    const printed = `${String(signer)} ${JSON.stringify(signer)} ${inspect(signer, { showHidden: true, depth: 5 })}`
    expect(printed).not.toContain(key.secret)
    expect(printed).not.toContain(key.passphrase)
  })

  it('error: bad credentials name the field and never echo the value', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['apiKey', { ...key, apiKey: ' signer-key' }],
      ['secret', { ...key, secret: `${key.secret}\n` }],
      ['secret', { ...key, secret: undefined }],
      ['passphrase', { ...key, passphrase: undefined }],
      ['passphrase', { ...key, passphrase: '"signer-pass"' }],
      ['privateKey', { ...key, privateKey: 'x' }],
      ['keyVersion', { ...key, keyVersion: '1' }],
      ['keyEnvironment', { ...key, environment: 'demo' }],
    ]
    expectFieldErrors(
      cases.map(([field, credentials]) => [field, () => createKucoinSigner(credentials as never)]),
      { name: 'CredentialFormatError', secrets: [key.secret, key.passphrase] },
    )
    expect(
      thrown(() => createKucoinSigner({ ...key, secret: `${key.secret}\n` })).message,
    ).toMatchInlineSnapshot(`
      "Invalid credential "secret": ends with a newline (CR/LF).
      Hint: Copy the secret again, or trim what you read from a file or environment variable."
    `)
  })

  it('error: bad intents and options name the field', () => {
    const signer = createKucoinSigner(key)
    const cases: [string, RequestIntent, number?][] = [
      ['method', { ...get, method: 'get' as never }],
      ['path', { ...get, path: 'api/v1/accounts' }],
      ['path', { ...get, path: '/api/v1/accounts?currency=USDT' }],
      ['path', { ...get, path: '/api/v1/a b' }],
      ['form', { ...get, method: 'POST', form: { a: '1' } }],
      ['body', { ...get, body: { a: '1' } }],
      ['price', { ...get, params: { price: 1e-7 } }],
      ['qty', { ...get, params: { qty: Number.NaN } }],
      ['body.size', { method: 'POST', path: '/api/v1/orders', body: { size: 1e21 }, security: 'signed' }],
      ['timestamp', get, 1.5],
    ]
    expectFieldErrors(
      cases.map(([field, intent, timestamp]) => [
        field,
        () => signer.signSync!(intent, { timestamp: timestamp ?? T }),
      ]),
      { name: 'InvalidParameterError' },
    )
    expect(() => signer.signSync!({ ...get, path: 'accounts' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "path": expected a path starting with "/", without host, query, fragment or . and .. segments, made of URL-safe characters (put query parameters in \`params\`), received "accounts".]`,
    )
  })
})
