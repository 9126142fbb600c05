import { createHmac } from 'node:crypto'
import { awkwardParams, toRawRequest } from '@signet/core/testing'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { createAcmeSigner } from '../src/index'
import { createAcmeVerifier } from '../src/verify/index'

// The independent implementation: RULES.md written out with node:crypto and encodeURIComponent plus the four
// characters RFC 3986 reserves that it leaves alone.
const rfc3986 = (t: string) =>
  encodeURIComponent(t).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
function oracle(
  cred: { apiKey: string; secret: string; passphrase: string },
  ts: number,
  params: Record<string, unknown>,
) {
  const query = Object.entries(params)
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(String(v))}`)
    .join('&')
  const url = `/api/v1/account${query === '' ? '' : `?${query}`}`
  const sign = createHmac('sha256', cred.secret).update(`${ts}GET${url}`).digest('base64')
  const headers = {
    'ACME-KEY': cred.apiKey,
    'ACME-SIGN': sign,
    'ACME-TIMESTAMP': String(ts),
    'ACME-PASSPHRASE': cred.passphrase,
  }
  return { url, headers }
}

const credentials = fc.record({
  apiKey: fc.stringMatching(/^[0-9a-f]{8,32}$/),
  secret: fc.stringMatching(/^[0-9A-Za-z]{16,64}$/),
  passphrase: fc.stringMatching(/^[0-9A-Za-z]{8,16}$/),
})
const timestamp = fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 })

it('behavior: agrees with an independent implementation over generated requests', () => {
  fc.assert(
    fc.property(credentials, awkwardParams(), timestamp, (cred, entries, ts) => {
      const params = Object.fromEntries(entries)
      const ours = createAcmeSigner(cred).signSync!(
        { method: 'GET', path: '/api/v1/account', params, security: 'signed' },
        { timestamp: ts },
      )
      const theirs = oracle(cred, ts, params)
      expect(ours.url).toBe(theirs.url)
      expect(ours.headers).toEqual(theirs.headers)
    }),
    { numRuns: 1500 },
  )
})

it('behavior: the verifier accepts the requests the independent implementation produces', () => {
  fc.assert(
    fc.property(credentials, awkwardParams(), timestamp, (cred, entries, ts) => {
      const theirs = oracle(cred, ts, Object.fromEntries(entries))
      const verifier = createAcmeVerifier({ keys: [cred], now: () => ts })
      expect(verifier.verify(toRawRequest({ method: 'GET', ...theirs }))).toMatchObject({
        ok: true,
        apiKey: cred.apiKey,
      })
    }),
    { numRuns: 1500 },
  )
})
