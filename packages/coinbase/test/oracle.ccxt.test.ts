import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCoinbaseSigner } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'
import { ecKey, edKey, KEY_NAME, peek, tokenOf } from './_keys'

// ccxt 4.5.84 ts/src/coinbase.ts createAuthToken() + base/functions/rsa.ts jwt(), read for this test:
// - ES256 keys (PEM secret): header {alg, typ, kid, nonce}; claims {aud: ["retail_rest_api_proxy"],
//   iss: "coinbase-cloud", nbf, exp: nbf + 120, sub, iat: nbf, uri}; signature r ‖ s (64 bytes).
// - Ed25519 keys (88-character base64 secret): claims {aud: ["cdp_service"], iss: "cdp", nbf, exp, sub, iat,
//   uris: [uri]}; the CDP SDK's form (coinbase/cdp-sdk typescript/src/auth/utils/jwt.ts).
// - uri: "METHOD " + the URL without "https://", cut at "?"; nbf from ccxt's seconds(); nonce 16 random bytes.
// Differences from Signet's token, none of which Coinbase checks against the request (spec coinbase.md §9):
// iss "coinbase-cloud" (ES256), the extra aud and iat claims, and uris: [uri] instead of uri (EdDSA).

const ec = ecKey()
const ed = edKey()

type CcxtOut = { url: string; method: string; body?: string; headers: Record<string, string> }

function ccxtCoinbase(secret: string) {
  const exchange = new ccxt.coinbase({ apiKey: KEY_NAME, secret }) as any
  let seconds = 0
  exchange.seconds = () => seconds
  return (path: string, method: 'GET' | 'POST', params: Record<string, unknown>, at: number): CcxtOut => {
    seconds = at
    return exchange.sign(path, ['v3', 'private'], method, structuredClone(params))
  }
}

const segmentArb = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,10}$/)
const paramsArb = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z_]{0,8}$/),
  fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
  {
    maxKeys: 4,
  },
)
const secondsArb = fc.integer({ min: 1_500_000_000, max: 2_500_000_000 })

describe.each([
  {
    alg: 'ES256',
    secret: ec.sec1Pem,
    publicKeyPem: ec.publicKeyPem,
    iss: 'coinbase-cloud',
    aud: 'retail_rest_api_proxy',
  },
  { alg: 'EdDSA', secret: ed.base64, publicKeyPem: ed.publicKeyPem, iss: 'cdp', aud: 'cdp_service' },
] as const)('$alg: ccxt 4.5.84 as the oracle', ({ alg, secret, publicKeyPem, iss, aud }) => {
  const ccxtSign = ccxtCoinbase(secret)
  const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: secret })

  it('behavior: same header and claims for the same key and request (modulo nonce, signature and the listed differences); the verifier accepts ccxt', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(segmentArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('GET' as const, 'POST' as const),
        paramsArb,
        secondsArb,
        async (segments, method, params, seconds) => {
          const path = `brokerage/${segments.join('/')}`
          const theirs = ccxtSign(path, method, params, seconds)
          const url = theirs.url.replace('https://api.coinbase.com', '')
          const ours = await signer.sign(
            method === 'GET'
              ? { method, path: `/api/v3/${path}`, params: params as never, security: 'signed' }
              : { method, path: `/api/v3/${path}`, body: params as never, security: 'signed' },
            { timestamp: seconds * 1000 },
          )
          const a = peek(tokenOf(ours))
          const b = peek(theirs.headers.Authorization!.replace(/^Bearer /, ''))
          const { nonce: n1, ...headerOurs } = a.header
          const { nonce: n2, ...headerTheirs } = b.header
          expect(headerTheirs).toEqual(headerOurs)
          expect(n1).toMatch(/^[0-9a-f]{32}$/)
          expect(n2).toMatch(/^[0-9a-f]{32}$/)
          const { aud: theirAud, iat, iss: theirIss, uri, uris, ...rest } = b.claims
          const { iss: ourIss, uri: ourUri, ...ourRest } = a.claims
          expect(rest).toEqual(ourRest) // sub, nbf, exp
          expect(ourIss).toBe('cdp')
          expect(theirIss).toBe(iss)
          expect(theirAud).toEqual([aud])
          expect(iat).toBe(a.claims.nbf)
          expect(alg === 'ES256' ? uri : (uris as string[])[0]).toBe(ourUri)
          expect(ourUri).toBe(`${method} api.coinbase.com/api/v3/${path}`)
          // The request ccxt would send passes Signet's verifier at that second.
          const verifier = createCoinbaseVerifier({
            keys: [{ apiKey: KEY_NAME, publicKey: publicKeyPem }],
            now: () => seconds * 1000 + 500,
          })
          const result = verifier.verify({ method, url, headers: theirs.headers, body: theirs.body ?? '' })
          expect(result.ok, JSON.stringify(result)).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})
