import { createHash, createHmac } from 'node:crypto'
import { inspect } from 'node:util'
import type { RequestIntent } from '@signet/core'
import { expectFieldErrors } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createGateioSigner } from '../src/index'

const key = { apiKey: 'signer-key', secret: 'signer-secret-1234' }
const T = 1_700_000_000_000
const get: RequestIntent = {
  method: 'GET',
  path: '/api/v4/spot/accounts',
  params: { currency: 'USDT' },
  security: 'signed',
}

describe('createGateioSigner', () => {
  it('default: the wire form of a GET (made-up key)', async () => {
    const signed = await createGateioSigner(key).sign(get, { timestamp: T })
    expect({ ...signed, headers: { ...signed.headers, SIGN: '(checked below)' } }).toMatchInlineSnapshot(`
      {
        "body": undefined,
        "headers": {
          "KEY": "signer-key",
          "SIGN": "(checked below)",
          "Timestamp": "1700000000",
        },
        "method": "GET",
        "url": "/api/v4/spot/accounts?currency=USDT",
      }
    `)
    // The documented rule by hand (spec gateio.md): empty body → SHA-512 of "".
    const empty = createHash('sha512').update('').digest('hex')
    expect(empty.startsWith('cf83e135') && empty.endsWith('927da3e')).toBe(true)
    const text = ['GET', '/api/v4/spot/accounts', 'currency=USDT', empty, '1700000000'].join('\n')
    expect(signed.headers.SIGN).toBe(createHmac('sha512', key.secret).update(text).digest('hex'))
  })

  it('behavior: determinism at second resolution (T and T + 999 ms are the same request, T + 1000 is not)', () => {
    const signer = createGateioSigner(key)
    const a = signer.signSync!(get, { timestamp: T })
    expect(createGateioSigner(key).signSync!(get, { timestamp: T })).toEqual(a)
    expect(signer.signSync!(get, { timestamp: T + 999 })).toEqual(a)
    expect(signer.signSync!(get, { timestamp: T + 1000 })).not.toEqual(a)
  })

  it('args: `now` is used when no timestamp is given; environment testnet signs the same way', () => {
    const signed = createGateioSigner({ ...key, now: () => 1_600_000_000_999 }).signSync!(get)
    expect(signed.headers.Timestamp).toBe('1600000000')
    const testnet = createGateioSigner({ ...key, environment: 'testnet' }).signSync!(get, { timestamp: T })
    expect(testnet).toEqual(createGateioSigner(key).signSync!(get, { timestamp: T }))
    // Generic callers (the CLI) may pass an empty passphrase for exchanges without one.
    expect(createGateioSigner({ ...key, passphrase: '' }).signSync!(get, { timestamp: T })).toEqual(testnet)
  })

  it('behavior: a public intent gets no auth headers', () => {
    expect(
      createGateioSigner(key).signSync!({ method: 'GET', path: '/api/v4/spot/time', security: 'none' }),
    ).toEqual({
      method: 'GET',
      url: '/api/v4/spot/time',
      headers: {},
      body: undefined,
    })
  })

  it('behavior: the signer prints no secret', () => {
    const signer = createGateioSigner(key)
    const printed = `${String(signer)} ${JSON.stringify(signer)} ${inspect(signer, { showHidden: true, depth: 5 })}`
    expect(printed).not.toContain(key.secret)
  })

  it('error: bad credentials name the field and never echo the value', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['apiKey', { ...key, apiKey: '' }],
      ['secret', { ...key, secret: ` ${key.secret}` }],
      ['secret', { ...key, secret: undefined }],
      ['passphrase', { ...key, passphrase: 'p' }],
      ['privateKey', { ...key, privateKey: 'x' }],
      ['keyEnvironment', { ...key, environment: 'demo' }],
    ]
    expectFieldErrors(
      cases.map(([field, credentials]) => [field, () => createGateioSigner(credentials as never)]),
      { name: 'CredentialFormatError', secrets: [key.secret] },
    )
    expect(() =>
      createGateioSigner({ ...key, secret: `"${key.secret}"` }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "secret": is wrapped in quotes.
      Hint: Remove the quotes (a .env parser or shell quoting kept them).]
    `)
  })

  it('error: bad intents and options name the field', () => {
    const signer = createGateioSigner(key)
    const cases: [string, RequestIntent, number?][] = [
      // PATCH is Gate's amend method (signed like the others); a lower-case or unknown method is refused.
      ['method', { ...get, method: 'patch' as never }],
      ['path', { ...get, path: 'https://api.gateio.ws/api/v4/spot/accounts' }],
      ['path', { ...get, path: '/api/v4/spot/orders/t-é' }],
      ['form', { ...get, method: 'POST', form: { a: '1' } }],
      ['body', { ...get, body: {} }],
      ['amount', { ...get, params: { amount: 0.0000001 } }],
      [
        'body.size',
        { method: 'POST', path: '/api/v4/futures/usdt/orders', body: { size: 2 ** 60 }, security: 'signed' },
      ],
      ['timestamp', get, -1],
    ]
    expectFieldErrors(
      cases.map(([field, intent, timestamp]) => [
        field,
        () => signer.signSync!(intent, { timestamp: timestamp ?? T }),
      ]),
      { name: 'InvalidParameterError' },
    )
    expect(() => signer.signSync!({ ...get, params: { amount: 1e-7 } })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "amount": expected a number without exponent form (pass decimals as strings, e.g. "0.0000001"), received 1e-7.]`,
    )
  })
})
