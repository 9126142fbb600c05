// Oracle: ccxt 4.5.84, bybit.sign() (js/src/bybit.js), called without network with nonce() pinned to T.
// What it does for V5 private endpoints:
//   GET:  auth = timestamp + apiKey + recvWindow + rawencode(params), url += '?' + rawencode(params), where
//         rawencode writes names and values WITHOUT any encoding (base/functions/encode.js stringify encode:false).
//   POST: body = JSON.stringify(params); auth = timestamp + apiKey + recvWindow + body.
// HMAC lowercase hex; a secret containing "PRIVATE KEY" is RSA PKCS#1 v1.5 SHA-256 base64 (functions/rsa.js).
// It also sends Content-Type on GET and `Referer: CCXT` on POST; Bybit signs neither (spec §2, §3).
import { createPublicKey } from 'node:crypto'
import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bybitStringToSign } from '../src/diagnose/index'
import { bybitExamples } from '../src/emulate/index'
import { createBybitSigner } from '../src/index'
import { createBybitVerifier } from '../src/verify/index'
import { allUnreserved, flatParams, jsonBody, T } from './_arbitraries'
import { RSA_TEST_PEM } from './vectors'

const KEY = 'ccxt-key-1'
const SECRET = 'ccxtSecret0123456789'
const RSA_KEY = 'ccxt-rsa-key'

const verifier = createBybitVerifier({
  keys: [
    { apiKey: KEY, secret: SECRET },
    { apiKey: RSA_KEY, publicKey: createPublicKey(RSA_TEST_PEM) },
  ],
  now: () => T,
})

type CcxtSigned = { url: string; method: string; body?: string; headers: Record<string, string> }

/** ccxt's request as its fetch sends it: the URL goes through the WHATWG URL parser (fragment dropped). */
function wire(signed: CcxtSigned) {
  const u = new URL(signed.url)
  return {
    method: signed.method,
    url: u.href.slice(u.origin.length).split('#')[0]!,
    headers: signed.headers,
    body: signed.body ?? '',
  }
}
/** ccxt's request exactly as sign() wrote it, before any URL parsing. */
function written(signed: CcxtSigned) {
  return { ...wire(signed), url: signed.url.slice('https://api.bybit.com'.length) }
}

describe.each([
  { name: 'HMAC', apiKey: KEY, credentials: { apiKey: KEY, secret: SECRET }, secret: SECRET, runs: 1500 },
  {
    name: 'RSA',
    apiKey: RSA_KEY,
    credentials: { apiKey: RSA_KEY, privateKey: RSA_TEST_PEM },
    secret: RSA_TEST_PEM,
    runs: 150,
  },
])('ccxt oracle ($name)', ({ apiKey, credentials, secret, runs }) => {
  const signer = createBybitSigner(credentials)
  const exchange = new ccxt.bybit({ apiKey, secret, options: { recvWindow: 5000 } })
  exchange.nonce = () => T
  const ccxtSign = (path: string, method: string, params: Record<string, unknown>) =>
    exchange.sign(path.slice(1), 'private', method, { ...params }) as CcxtSigned

  it('behavior: GET string to sign and signature equal ccxt where values need no encoding; the verifier accepts every ccxt request that survives the URL layer', async () => {
    const path = '/v5/order/realtime'
    let agreed = 0
    let rejected = 0
    fc.assert(
      fc.property(flatParams, (params) => {
        const ours = signer.signSync({ method: 'GET', path, params, security: 'signed' }, { timestamp: T })
        const theirs = ccxtSign(path, 'GET', params)
        const ourText = bybitStringToSign({ ...ours, body: '' })
        const theirText = bybitStringToSign(written(theirs))
        if (allUnreserved(params)) {
          agreed++
          expect(ourText).toBe(theirText)
          expect(ours.headers['X-BAPI-SIGN']).toBe(theirs.headers['X-BAPI-SIGN'])
        } else {
          // Disagreement (spec §2; §10 pitfall 3): ccxt signs and sends values unencoded, Signet percent-encodes
          // (RFC 3986) and signs exactly that. Both texts are what each sends, so both can be right.
          expect(ourText).not.toBe(theirText)
        }
        const sent = wire(theirs)
        const result = verifier.verify(sent)
        if (sent.url === written(theirs).url) {
          // ccxt's URL reached the server as written, so its signature covers the received bytes.
          expect(result).toMatchObject({ ok: true, apiKey })
        } else {
          // ccxt's bug, not the verifier's: the URL layer percent-encodes what ccxt signed raw (space,
          // non-ASCII, " < > ' ...) or cuts it at '#', so Bybit hashes other bytes and answers 10004
          // (spec §2: the server hashes the query as received; §10 pitfall 3).
          rejected++
          expect(result).toMatchObject({ ok: false, code: 10004 })
        }
      }),
      { numRuns: runs },
    )
    // Both branches must have been exercised for the property to mean anything.
    expect(agreed).toBeGreaterThan(0)
    expect(rejected).toBeGreaterThan(0)
  })

  it('behavior: POST string to sign, body and signature equal ccxt, and the verifier accepts ccxt', () => {
    const path = '/v5/order/create'
    fc.assert(
      fc.property(jsonBody, (body) => {
        const ours = signer.signSync({ method: 'POST', path, body, security: 'signed' }, { timestamp: T })
        const theirs = ccxtSign(path, 'POST', body)
        expect(ours.body).toBe(theirs.body)
        expect(bybitStringToSign({ ...ours, body: ours.body! })).toBe(bybitStringToSign(written(theirs)))
        expect(ours.headers['X-BAPI-SIGN']).toBe(theirs.headers['X-BAPI-SIGN'])
        expect(verifier.verify(wire(theirs))).toMatchObject({ ok: true, apiKey })
      }),
      { numRuns: runs },
    )
  })

  it('behavior: the verifier accepts ccxt for the example account, order and cancel requests', async () => {
    for (const intent of [
      bybitExamples.account,
      bybitExamples.placeOrder('ccxt-1'),
      bybitExamples.cancelOrder('ccxt-1'),
    ]) {
      const params = (intent.params ?? intent.body) as Record<string, unknown>
      const theirs = ccxtSign(intent.path, intent.method, params)
      const ours = signer.signSync(intent, { timestamp: T })
      expect(verifier.verify(wire(theirs))).toMatchObject({ ok: true, apiKey, path: intent.path })
      expect(ours.headers['X-BAPI-SIGN']).toBe(theirs.headers['X-BAPI-SIGN'])
    }
  })
})
