import { isSignetError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { krakenExamples } from '../src/emulate/index'
import { createKrakenSigner } from '../src/index'
import { createKrakenVerifier } from '../src/verify/index'
import { testKey } from './_keys'
import { DOC_BODY, DOC_NONCE, DOC_SECRET, DOC_SIGNATURE } from './vectors'

const docIntent = {
  method: 'POST' as const,
  path: '/0/private/AddOrder',
  form: { ordertype: 'limit', pair: 'XBTUSD', price: '37500', type: 'buy', volume: '1.25' },
  security: 'signed' as const,
}

describe('createKrakenSigner', () => {
  it('default: the official example through sign(), with the nonce as a string or a bigint', async () => {
    const signer = createKrakenSigner({ apiKey: 'doc-example-key', secret: DOC_SECRET })
    const a = await signer.sign(docIntent, { nonce: DOC_NONCE })
    const b = await signer.sign(docIntent, { nonce: BigInt(DOC_NONCE) })
    expect(a).toEqual(b)
    expect(a).toMatchInlineSnapshot(`
      {
        "body": "${DOC_BODY}",
        "headers": {
          "API-Key": "doc-example-key",
          "API-Sign": "${DOC_SIGNATURE}",
          "Content-Type": "application/x-www-form-urlencoded",
        },
        "method": "POST",
        "url": "/0/private/AddOrder",
      }
    `)
  })

  it('behavior: without a nonce the ms timestamp is the nonce, and without either the `now` option', () => {
    const signer = createKrakenSigner({ ...testKey, now: () => 1616492376594.9 })
    expect(signer.signSync!(docIntent, { timestamp: 1616492376594 }).body).toBe(DOC_BODY)
    expect(signer.signSync!(docIntent).body).toBe(DOC_BODY)
  })

  it('args: otp is written after the nonce (a fixed password or a function), and verifies', () => {
    let code = 100000
    const signer = createKrakenSigner({ ...testKey, otp: () => String(code++) })
    const first = signer.signSync!(krakenExamples.account, { nonce: 5n })
    expect(first.body).toBe('nonce=5&otp=100000')
    expect(signer.signSync!(krakenExamples.account, { nonce: 6n }).body).toBe('nonce=6&otp=100001')
    const fixed = createKrakenSigner({ ...testKey, otp: 'my2fa-Pass' })
    expect(fixed.signSync!(docIntent, { nonce: 7n }).body).toMatch(/^nonce=7&otp=my2fa-Pass&ordertype=/)
    const verifier = createKrakenVerifier({ keys: [testKey], now: () => 0 })
    expect(verifier.verify({ ...first, body: first.body! })).toMatchObject({ ok: true, params: {} })
  })

  it('args: a JSON body gets the nonce first, as a string', () => {
    const signed = createKrakenSigner(testKey).signSync!(
      {
        method: 'POST',
        path: '/0/private/CancelOrderBatch',
        body: { orders: ['A', 'B'] },
        security: 'signed',
      },
      { nonce: 18446744073709551615n },
    )
    expect(signed.body).toBe('{"nonce":"18446744073709551615","orders":["A","B"]}')
    expect(signed.headers['Content-Type']).toBe('application/json')
  })

  it('behavior: a public request is a plain GET with an RFC 3986 query and no auth headers', () => {
    const signed = createKrakenSigner(testKey).signSync!({
      method: 'GET',
      path: '/0/public/Ticker',
      params: { pair: 'XBT USD' },
      security: 'none',
    })
    expect(signed).toEqual({ method: 'GET', url: '/0/public/Ticker?pair=XBT%20USD', headers: {} })
  })

  it('error: refuses what Kraken would not sign as meant, naming the field', () => {
    const signer = createKrakenSigner(testKey)
    const cases: [string, () => unknown][] = [
      ['nonce', () => signer.signSync!(docIntent, { nonce: '-1' })],
      ['nonce', () => signer.signSync!(docIntent, { nonce: '18446744073709551616' })],
      ['nonce', () => signer.signSync!(docIntent, { nonce: '1.5' })],
      ['nonce', () => signer.signSync!({ ...docIntent, form: { nonce: '1' } }, { nonce: 2n })],
      ['otp', () => signer.signSync!({ ...docIntent, form: { otp: '1' } }, { nonce: 2n })],
      ['method', () => signer.signSync!({ ...docIntent, method: 'GET', form: undefined }, { nonce: 2n })],
      ['params', () => signer.signSync!({ ...docIntent, params: { a: '1' } }, { nonce: 2n })],
      ['body', () => signer.signSync!({ ...docIntent, form: undefined, body: '{"a":1}' }, { nonce: 2n })],
    ]
    for (const [field, run] of cases) {
      const error = thrown(run) as { field?: string }
      expect(isSignetError(error), field).toBe(true)
      expect(error.field).toBe(field)
    }
  })

  it('error: a secret that is not base64 is refused without showing it', () => {
    const error = thrown(() => createKrakenSigner({ apiKey: 'k', secret: 'not_base64-at-all!' })) as Error
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid credential "secret": is not base64 (length 18).
      Hint: Pass the private key exactly as Kraken shows it (base64, usually 88 characters ending in "=="); Signet decodes it."
    `)
    expect(error.message).not.toContain('not_base64-at-all!')
    expect(
      thrown(() => createKrakenSigner({ apiKey: 'k', secret: testKey.secret, passphrase: 'x' })),
    ).toMatchObject({
      field: 'passphrase',
    })
  })
})
