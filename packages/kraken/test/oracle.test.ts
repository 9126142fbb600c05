import { randomBytes } from 'node:crypto'
import { awkwardParams, ccxtOracle } from '@signet/core/testing'
import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createKrakenSigner } from '../src/index'
import { createKrakenVerifier } from '../src/verify/index'

// One ccxt instance for all runs (building one is slow); its nonce() is fixed per run.
const oracle = ccxtOracle(new ccxt.kraken({}))

// Kraken private keys are 64 random bytes shown as base64 (spec kraken.md §2); every byte value occurs.
const credentials = fc
  .tuple(fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.stringMatching(/^[A-Za-z0-9+/]{56}$/))
  .map(([bytes, apiKey]) => ({ apiKey, secret: Buffer.from(bytes).toString('base64') }))
const nonce = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
const method = fc.constantFrom(
  'Balance',
  'AddOrder',
  'QueryOrders',
  'CancelOrder',
  'TradesHistory',
  'OpenOrders',
)
// ccxt signs a JSON body (nonce first, as a string) for CancelOrderBatch and AddOrderBatch (ccxt kraken.ts sign()).
const jsonMethod = fc.constantFrom('CancelOrderBatch', 'AddOrderBatch')
// `nonce` and `otp` are written by the signer; a param of that name is refused (tested in signer.test.ts). ccxt
// also switches to JSON when `price` ends with '%' (a trigger percentage), so `price` is left out of forms.
const params = awkwardParams({ reservedNames: ['nonce', 'otp', 'price'] })

describe('oracle: ccxt kraken.sign()', () => {
  it('behavior: the same body and API-Sign over generated form requests', () => {
    fc.assert(
      fc.property(credentials, method, params, nonce, (cred, name, entries, n) => {
        const form = Object.fromEntries(entries)
        const ours = createKrakenSigner(cred).signSync!(
          { method: 'POST', path: `/0/private/${name}`, form, security: 'signed' },
          { nonce: String(n) },
        )
        const theirs = oracle(cred, n).sign(name, 'private', 'POST', { ...form })
        expect(theirs.url).toBe(`https://api.kraken.com${ours.url}`)
        expect(ours.body).toBe(theirs.body)
        expect(ours.headers).toEqual(theirs.headers)
      }),
      { numRuns: 1500 },
    )
  })

  it('behavior: the same JSON body and API-Sign where ccxt sends JSON', () => {
    const value = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer(), fc.boolean())
    fc.assert(
      fc.property(
        credentials,
        jsonMethod,
        fc.array(value, { maxLength: 5 }),
        params,
        nonce,
        (cred, name, list, entries, n) => {
          const body = { orders: list, ...Object.fromEntries(entries) }
          const ours = createKrakenSigner(cred).signSync!(
            { method: 'POST', path: `/0/private/${name}`, body, security: 'signed' },
            { nonce: BigInt(n) },
          )
          const theirs = oracle(cred, n).sign(name, 'private', 'POST', { ...body })
          expect(ours.body).toBe(theirs.body)
          expect(ours.headers).toEqual(theirs.headers)
        },
      ),
      { numRuns: 600 },
    )
  })

  it('behavior: the verifier accepts the requests ccxt produced, and refuses a replay of each', () => {
    fc.assert(
      fc.property(credentials, fc.oneof(method, jsonMethod), params, nonce, (cred, name, entries, n) => {
        const out = oracle(cred, n).sign(name, 'private', 'POST', Object.fromEntries(entries))
        const url = new URL(out.url)
        const verifier = createKrakenVerifier({ keys: [cred], now: () => 0 })
        const raw = { method: 'POST', url: url.pathname, headers: out.headers, body: out.body ?? '' }
        expect(verifier.verify(raw)).toMatchObject({ ok: true, apiKey: cred.apiKey })
        expect(verifier.verify(raw)).toMatchObject({ ok: false, code: 'EAPI:Invalid nonce' })
      }),
      { numRuns: 500 },
    )
  })

  it('default: a key ccxt and Signet share keeps working across them (both use ms nonces)', () => {
    const cred = { apiKey: 'shared-key', secret: randomBytes(64).toString('base64') }
    const verifier = createKrakenVerifier({ keys: [cred], now: () => 0 })
    const t = 1_700_000_000_000
    const viaCcxt = oracle(cred, t).sign('Balance', 'private', 'POST', {})
    expect(
      verifier.verify({
        method: 'POST',
        url: '/0/private/Balance',
        headers: viaCcxt.headers,
        body: viaCcxt.body,
      }).ok,
    ).toBe(true)
    const ours = createKrakenSigner(cred).signSync!(
      { method: 'POST', path: '/0/private/Balance', security: 'signed' },
      { nonce: String(t + 1) },
    )
    expect(verifier.verify({ ...ours, body: ours.body ?? '' }).ok).toBe(true)
  })
})
