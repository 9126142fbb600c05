import fc from 'fast-check'
import { decodeJwt, decodeProtectedHeader, importSPKI, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { createCoinbaseSigner } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'
import { ecKey, edKey, KEY_NAME, tokenOf } from './_keys'

const ec = ecKey()
const ed = edKey()

// Path segments in every RFC 3986 path character checkIntent lets through (ids with ':' '@' '+' '=' ',').
const segmentArb = fc
  .string({ unit: fc.constantFrom(..."abcxyzABC0189-._~!$&'()*+,;=:@"), minLength: 1, maxLength: 12 })
  // checkIntent refuses dot segments (a proxy would resolve them before the server sees the path).
  .filter((segment) => segment !== '.' && segment !== '..')
const pathArb = fc
  .array(segmentArb, { minLength: 1, maxLength: 4 })
  .map((segments) => `/api/v3/brokerage/${segments.join('/')}`)
const valueArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'@:,/+=&%?# \'"'), maxLength: 8 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.boolean(),
)
const paramsArb = fc
  .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,10}$/), valueArb), {
    selector: ([n]) => n,
    maxLength: 5,
  })
  .map((entries) => Object.fromEntries(entries))
const intentArb = fc.oneof(
  fc.record({
    method: fc.constantFrom('GET', 'DELETE'),
    path: pathArb,
    params: paramsArb,
    security: fc.constant('signed' as const),
  }),
  fc.record({
    method: fc.constantFrom('POST', 'PUT'),
    path: pathArb,
    params: paramsArb,
    body: fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,10}$/), valueArb, { maxKeys: 5 }),
    security: fc.constant('signed' as const),
  }),
)
// Epoch ms between 2017 and 2049.
const timestampArb = fc.integer({ min: 1_500_000_000_000, max: 2_500_000_000_000 })

describe.each([
  { alg: 'ES256', privateKey: ec.sec1Pem, publicKeyPem: ec.publicKeyPem },
  { alg: 'EdDSA', privateKey: ed.base64, publicKeyPem: ed.publicKeyPem },
] as const)('$alg over 1,000 generated requests', ({ alg, privateKey, publicKeyPem }) => {
  const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey })

  it('behavior: jose verifies each token; claims and uri match the request sent; the verifier accepts it', async () => {
    const key = await importSPKI(publicKeyPem, alg)
    await fc.assert(
      fc.asyncProperty(intentArb, timestampArb, async (intent, timestamp) => {
        const signed = await signer.sign(intent, { timestamp })
        const token = tokenOf(signed)
        const nbf = Math.floor(timestamp / 1000)
        const { payload } = await jwtVerify(token, key, {
          algorithms: [alg],
          issuer: 'cdp',
          subject: KEY_NAME,
          currentDate: new Date(timestamp),
        })
        expect(decodeProtectedHeader(token)).toMatchObject({ alg, kid: KEY_NAME, typ: 'JWT' })
        expect(payload).toEqual({ iss: 'cdp', sub: KEY_NAME, nbf, exp: nbf + 120, uri: decodeJwt(token).uri })
        // The uri names the request sent: its method, the host and the path before any query.
        const sentPath = signed.url.split('?')[0]
        expect(payload.uri).toBe(`${signed.method} api.coinbase.com${sentPath}`)
        expect(signed.method).toBe(intent.method)
        expect(sentPath).toBe(intent.path)
        expect(String(payload.uri)).not.toContain('?')
        const verifier = createCoinbaseVerifier({
          keys: [{ apiKey: KEY_NAME, publicKey: publicKeyPem }],
          now: () => timestamp,
        })
        expect(verifier.verify({ ...signed, body: signed.body ?? '' }).ok).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})
