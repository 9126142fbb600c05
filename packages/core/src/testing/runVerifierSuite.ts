import type { ErrorKind, VerifyResult } from '@signet/core'
import { timestampWindow } from '@signet/core'
import type { VerifierRefusals } from '@signet/core/kit'
import { expect } from 'vitest'
import { runChecks, type SuiteCheck, type SuiteSubject } from './_suite'
import { type VerifierFixtureOptions, verifierFixture } from './verifierFixture'

/** Options of `runVerifierSuite`. */
export type VerifierSuiteOptions = {
  /** The exchange's refusal codes, as its verifier states them (`@signet/core/kit`). */
  refusals: VerifierRefusals
  /** An environment other than live that keys can belong to (`testnet`, `demo`). */
  otherEnvironment?: string | undefined
  /** The key and the server time. @default a made-up key, 1_700_000_000_000 */
  fixture?: VerifierFixtureOptions | undefined
}

/**
 * The verifier's refusals every exchange has, as a table: missing auth headers, a timestamp outside the window, an
 * unknown key or one of another environment, a tampered query or body, a wrong passphrase, a read-only key placing
 * or cancelling an order, an unserved path; each answers the exchange's code with a kind the exchange's own
 * classifier agrees with. The exchange's test keeps only what is its own (answer shapes, encodings).
 *
 * @example
 * runVerifierSuite(kucoinEmulation, { refusals: kucoinRefusals, otherEnvironment: 'demo' })
 */
export function runVerifierSuite(subject: SuiteSubject, options: VerifierSuiteOptions): void {
  runChecks(`${subject.definition.id} verifier refusals`, verifierChecks(subject, options))
}

/** The checks of `runVerifierSuite`, for core's own tests to run against a deliberately wrong verifier. @internal */
export function verifierChecks(subject: SuiteSubject, options: VerifierSuiteOptions): SuiteCheck[] {
  const { definition: exchange, examples } = subject
  const { T, credentials, verifierKey, sign, verifier } = verifierFixture(subject, options.fixture)
  const codes = options.refusals
  // A refusal: the exchange's code and kind, and the exchange's own classifier agreeing on the kind (not-found is the
  // HTTP layer's, which classifiers leave to the status).
  const refused = (result: VerifyResult, code: string, kind: ErrorKind | 'not-found', what: string) => {
    expect(result.ok, `${what}: refused`).toBe(false)
    if (result.ok) return
    expect({ code: result.code, kind: result.kind }, what).toEqual({ code, kind })
    if (kind !== 'not-found')
      expect(
        exchange.classifyError(result.response)?.kind,
        `${what}: the exchange's classifier reads the answer`,
      ).toBe(kind)
  }
  const { account } = examples
  const order = examples.placeOrder('suite-1')
  const checks: SuiteCheck[] = [
    [
      'error: a request missing any auth header is refused',
      () => {
        const signed = sign(account)
        expect(verifier().verify(signed).ok, 'the whole request').toBe(true)
        expect(codes.headers.length, 'name the auth headers (refusals.headers)').toBeGreaterThan(0)
        for (const name of codes.headers) {
          const headers = Object.fromEntries(
            Object.entries(signed.headers).filter(([h]) => h.toLowerCase() !== name.toLowerCase()),
          )
          expect(Object.keys(headers).length, `${name} is sent`).toBeLessThan(
            Object.keys(signed.headers).length,
          )
          refused(verifier().verify({ ...signed, headers }), codes.missingHeader, 'invalid-api-key', name)
        }
      },
    ],
    [
      'error: a timestamp outside the window is refused as a timestamp',
      () => {
        const window = timestampWindow(exchange.freshness)
        expect(window, 'the exchange keeps requests fresh with a timestamp window').toBeDefined()
        const { aheadMs, behindMs } = window!.tolerance
        for (const at of [T - 2 * behindMs - 1000, T + 2 * aheadMs + 1000])
          refused(verifier().verify(sign(account, at)), codes.expired, 'timestamp', `${at - T} ms`)
      },
    ],
    [
      'error: an unknown key is refused',
      () => {
        const other = { ...credentials, apiKey: `${credentials.apiKey}x` }
        refused(verifier().verify(sign(account, T, other)), codes.unknownKey, 'invalid-api-key', 'unknown')
      },
    ],
    [
      'error: a tampered query or body is refused as a bad signature',
      () => {
        const get = sign({ ...account, params: { ...account.params, suite: 'a1' } })
        const query = { ...get, url: get.url.replace('suite=a1', 'suite=a2') }
        refused(verifier().verify(query), codes.badSignature, 'invalid-signature', 'query')
        const post = sign(order)
        // A digit changed keeps the body well formed, so only the signature can catch it.
        const digit = post.body.search(/[0-9]/)
        expect(digit, 'the order body carries a digit').toBeGreaterThanOrEqual(0)
        const body =
          post.body.slice(0, digit) + (post.body[digit] === '9' ? '0' : '9') + post.body.slice(digit + 1)
        refused(verifier().verify({ ...post, body }), codes.badSignature, 'invalid-signature', 'body')
      },
    ],
    [
      'error: a read-only key may read but not place or cancel an order',
      () => {
        const readOnly = verifier({ keys: [{ ...verifierKey, permissions: ['read'] }] })
        expect(readOnly.verify(sign(account)).ok, 'reading').toBe(true)
        for (const intent of [order, examples.cancelOrder('suite-1')])
          refused(readOnly.verify(sign(intent)), codes.readOnly, 'permission', intent.path)
      },
    ],
    [
      'error: a path the server does not serve is refused as not found',
      () => {
        const cancel = examples.cancelOrder('suite-1')
        const served = verifier({ paths: [cancel.path] })
        expect(served.verify(sign(cancel)).ok, 'the served path').toBe(true)
        refused(served.verify(sign(account)), codes.notFound, 'not-found', account.path)
      },
    ],
  ]
  if (codes.passphrase !== undefined) {
    const code = codes.passphrase
    checks.push([
      'error: a wrong passphrase is refused as a passphrase error',
      () => {
        expect(credentials.passphrase, 'credentials with a passphrase').toBeDefined()
        const wrong = { ...credentials, passphrase: 'another-passphrase-1' }
        refused(verifier().verify(sign(account, T, wrong)), code, 'passphrase', 'passphrase')
      },
    ])
  }
  if (options.otherEnvironment !== undefined) {
    const environment = options.otherEnvironment
    checks.push([
      `error: a ${environment} key is unknown to live, and accepted by a ${environment} server`,
      () => {
        const keys = [{ ...verifierKey, environment }]
        refused(verifier({ keys }).verify(sign(account)), codes.unknownKey, 'invalid-api-key', 'live')
        expect(verifier({ keys, environment }).verify(sign(account)).ok, environment).toBe(true)
      },
    ])
  }
  return checks
}
