import { awkwardParams, toRawRequest } from '@signet/core/testing'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { create__Name__Signer } from '../src/index'
import { create__Name__Verifier } from '../src/verify/index'

// TODO(new-exchange): an independent implementation (ccxt, or the exchange's official SDK, added as a
// devDependency: `ccxtOracle(new ccxt.__name__({}))` gives one instance with fixed credentials and nonce). Explain
// every disagreement with a spec citation.
const oracle = (_credentials: { apiKey: string; secret: string }, _timestamp: number, _params: object) => {
  throw new Error('TODO(new-exchange): implement the oracle in test/oracle.test.ts')
}

const credentials = fc.record({
  apiKey: fc.stringMatching(/^[0-9a-f]{8,32}$/),
  secret: fc.stringMatching(/^[0-9A-Za-z]{16,64}$/),
})
const timestamp = fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 })

it('behavior: agrees with an independent implementation over generated requests', () => {
  fc.assert(
    fc.property(credentials, awkwardParams(), timestamp, (cred, entries, ts) => {
      const params = Object.fromEntries(entries)
      const ours = create__Name__Signer(cred).signSync!(
        { method: 'GET', path: '/TODO/account', params, security: 'signed' },
        { timestamp: ts },
      )
      const theirs = oracle(cred, ts, params) as { url: string; headers: Record<string, string> }
      expect(ours.headers).toEqual(theirs.headers)
    }),
    { numRuns: 1500, includeErrorInReport: true },
  )
})

it('behavior: the verifier accepts the requests the independent implementation produces', () => {
  fc.assert(
    fc.property(credentials, awkwardParams(), timestamp, (cred, entries, ts) => {
      const theirs = oracle(cred, ts, Object.fromEntries(entries)) as {
        url: string
        headers: Record<string, string>
      }
      const verifier = create__Name__Verifier({ keys: [cred], now: () => ts })
      expect(verifier.verify(toRawRequest({ method: 'GET', ...theirs }))).toMatchObject({ ok: true })
    }),
    { numRuns: 1500, includeErrorInReport: true },
  )
})
