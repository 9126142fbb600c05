import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createGateioSigner, createGateioVerifier } from '../src/index'
import { credentials, paramEntries, timestamp, typeAndTail } from './_arbitraries'
import { ccxtGate } from './_ccxt'

const method = fc.constantFrom('GET', 'DELETE', 'POST', 'PUT') as fc.Arbitrary<
  'GET' | 'DELETE' | 'POST' | 'PUT'
>
const host = 'https://api.gateio.ws'

describe('oracle: ccxt gate.sign()', () => {
  it('behavior: same SIGN, Timestamp, KEY, URL and body over generated requests', () => {
    fc.assert(
      fc.property(
        credentials,
        method,
        typeAndTail,
        paramEntries(),
        timestamp,
        (cred, m, [type, tail], entries, ts) => {
          const params = Object.fromEntries(entries)
          const path = `/api/v4/${type}/${tail}`
          // ccxt gate.ts: GET/DELETE params go to the query; POST/PUT params become the JSON body, `{}` when empty.
          const intent =
            m === 'GET' || m === 'DELETE'
              ? { method: m, path, params, security: 'signed' as const }
              : { method: m, path, body: params, security: 'signed' as const }
          const ours = createGateioSigner(cred).signSync!(intent, { timestamp: ts })
          const theirs = ccxtGate(cred, ts).sign(tail, ['private', type], m, { ...params })
          expect(ours.headers.SIGN).toBe(theirs.headers.SIGN)
          expect(ours.headers.Timestamp).toBe(theirs.headers.Timestamp)
          expect(ours.headers.KEY).toBe(theirs.headers.KEY)
          // Both send the query RFC 3986-encoded and sign it unencoded (spec candidates.md, Gate).
          expect(host + ours.url).toBe(theirs.url)
          expect(ours.body).toBe(theirs.body)
        },
      ),
      { numRuns: 1500 },
    )
  })

  it('behavior: the verifier accepts requests ccxt produced, as an HTTP client sends them', () => {
    fc.assert(
      fc.property(
        credentials,
        method,
        typeAndTail,
        paramEntries(),
        timestamp,
        (cred, m, [type, tail], entries, ts) => {
          const out = ccxtGate(cred, ts).sign(tail, ['private', type], m, Object.fromEntries(entries))
          const url = new URL(out.url)
          const verifier = createGateioVerifier({ keys: [cred], now: () => ts })
          const result = verifier.verify({
            method: m,
            url: url.pathname + url.search,
            headers: out.headers,
            body: out.body ?? '',
          })
          expect(result).toMatchObject({ ok: true, apiKey: cred.apiKey })
        },
      ),
      { numRuns: 1500 },
    )
  })
})
