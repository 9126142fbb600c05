import { createHash, createHmac } from 'node:crypto'
import { runSignerSuite } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { gateioEmulation, gateioExamples } from '../src/emulate/index'
import { createGateioSigner } from '../src/index'

const key = { apiKey: 'signer-key', secret: 'signer-secret-1234' }
const T = 1_700_000_000_000
// GET /api/v4/spot/accounts?currency=USDT
const get = gateioExamples.account

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

  it('args: environment testnet, or an empty passphrase from a generic caller (the CLI), sign the same way', () => {
    const live = createGateioSigner(key).signSync!(get, { timestamp: T })
    expect(createGateioSigner({ ...key, environment: 'testnet' }).signSync!(get, { timestamp: T })).toEqual(
      live,
    )
    expect(createGateioSigner({ ...key, passphrase: '' }).signSync!(get, { timestamp: T })).toEqual(live)
  })

  it('error: the messages of a quoted secret and of a number in exponent form', () => {
    expect(() =>
      createGateioSigner({ ...key, secret: `"${key.secret}"` }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "secret": is wrapped in quotes.
      Hint: Remove the quotes (a .env parser or shell quoting kept them).]
    `)
    const signer = createGateioSigner(key)
    expect(() => signer.signSync!({ ...get, params: { amount: 1e-7 } })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "amount": expected a number without exponent form (pass decimals as strings, e.g. "0.0000001"), received 1e-7.]`,
    )
  })
})

runSignerSuite(gateioEmulation, {
  // Gate keys have no passphrase and are HMAC only; keys are live or testnet (spec gateio.md).
  badCredentials: [
    ['passphrase', { passphrase: 'p' }],
    ['privateKey', { privateKey: 'x' }],
    ['keyEnvironment', { environment: 'demo' }],
  ],
  badIntents: [
    // PATCH is Gate's amend method (signed like the others); an unknown method is refused.
    ['method', { method: 'patch' as never }],
    ['path', { path: '/api/v4/spot/orders/t-é' }],
    ['form', { method: 'POST', form: { a: '1' } }],
    ['body', { body: {} }],
    [
      'body.size',
      { method: 'POST', path: '/api/v4/futures/usdt/orders', body: { size: 2 ** 60 }, security: 'signed' },
    ],
  ],
})
