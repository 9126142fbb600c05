import type { RequestIntent } from '@signet/core'
import { tamperAt } from '@signet/core/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binanceDiagnosis } from '../src/diagnose/index'
import { createBinanceSigner } from '../src/index'
import { createBinanceVerifier } from '../src/verify/index'
import { method, params, recvWindow, timestamp } from './_arbitraries'
import { testKeys } from './_keys'

const keys = testKeys()
const PATH = '/api/v3/order'
const intent = fc
  .tuple(method, params(6), fc.option(params(6), { nil: undefined }))
  .map(([m, p, f]): RequestIntent => {
    // A form is sent only on non-GET requests; names must not repeat between query string and body.
    const form =
      m === 'GET' || f === undefined
        ? undefined
        : Object.fromEntries(Object.entries(f).filter(([n]) => !(n in p)))
    return { method: m, path: PATH, params: p, form, security: 'signed' }
  })
const options = fc.record({
  windowMs: fc.option(
    fc.oneof(
      recvWindow,
      fc.integer({ min: 1, max: 59_999_999 }).map((n) => n / 1000),
    ),
    { nil: undefined },
  ),
  timeUnit: fc.constantFrom('ms' as const, 'us' as const),
})

describe('signer and verifier agree', () => {
  for (const [type, numRuns] of [
    ['hmac', 1000],
    ['ed25519', 300],
    ['rsa', 100],
  ] as const) {
    it(`behavior: the verifier accepts every request the signer produces and any one-byte tamper is rejected (${type})`, () => {
      const signer = createBinanceSigner(keys[type].credentials)
      let now = 0
      const verifier = createBinanceVerifier({
        keys: [keys[type].verifierKey],
        now: () => now,
        paths: [PATH],
      })
      fc.assert(
        fc.property(intent, options, timestamp, fc.nat(), (i, o, ts, pick) => {
          now = ts
          const signed = signer.signSync!(i, { ...o, timestamp: ts })
          const raw = {
            method: signed.method,
            url: signed.url,
            headers: signed.headers,
            body: signed.body ?? '',
          }
          expect(verifier.verify(raw)).toMatchObject({
            ok: true,
            apiKey: keys[type].credentials.apiKey,
            path: PATH,
          })
          // stringToSign recomputes exactly the text the signature covers.
          expect(binanceDiagnosis.stringToSign(raw)).toBe(
            (signed.url.split('?')[1] ?? '').replace(/&?signature=[^&]*$/, '') +
              (signed.body ?? '').replace(/&?signature=[^&]*$/, ''),
          )
          const wire = raw.url + raw.body
          const at = pick % wire.length
          const tampered =
            at < raw.url.length
              ? { ...raw, url: tamperAt(raw.url, at) }
              : { ...raw, body: tamperAt(raw.body, at - raw.url.length) }
          expect(verifier.verify(tampered).ok).toBe(false)
        }),
        { numRuns },
      )
    })
  }
})
