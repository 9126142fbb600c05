import type { Credentials, RequestIntent, TestKey } from '@signet/core'
import { expect } from 'vitest'
import { runChecks, type SuiteCheck, type SuiteSubject, suiteKey } from './_suite'
import { expectFieldErrors } from './expectFieldErrors'

/** Options of `runSignerSuite`. */
export type SignerSuiteOptions = {
  /** A signed GET the exchange serves, with params. @default the examples' `account` */
  intent?: RequestIntent | undefined
  /** The key to sign with (a text secret). @default testKeyFor(definition, verification) */
  key?: TestKey | undefined
  /**
   * Changes to the key's credentials this exchange refuses besides the ones every exchange refuses, each with the
   * field its error names.
   */
  badCredentials?: readonly (readonly [field: string, changes: Record<string, unknown>])[] | undefined
  /** Changes to `intent` this exchange refuses besides the ones every exchange refuses, with the field named. */
  badIntents?: readonly (readonly [field: string, changes: Partial<RequestIntent>])[] | undefined
  /** Server time used throughout, epoch ms. @default 1_700_000_000_000 */
  timestamp?: number | undefined
}

/**
 * The signer behaviour every exchange shares, as a table: a public intent gets no auth headers, `sign` and
 * `signSync` agree, `now` is used when no timestamp is given, and damaged credentials, intents or timestamps are
 * typed errors naming their field without showing a secret (the cases every exchange refuses, plus the
 * exchange's own). Determinism, vectors and redaction are `runSignerConformance`'s.
 *
 * @example
 * runSignerSuite(kucoinEmulation, { badCredentials: [['passphrase', { passphrase: undefined }]] })
 */
export function runSignerSuite(subject: SuiteSubject, options: SignerSuiteOptions = {}): void {
  runChecks(`${subject.definition.id} signer`, signerChecks(subject, options))
}

/** The checks of `runSignerSuite`, for core's own tests to run against a deliberately wrong signer. @internal */
export function signerChecks(subject: SuiteSubject, options: SignerSuiteOptions): SuiteCheck[] {
  const { definition: exchange } = subject
  const { credentials, secrets } = suiteKey(subject, options.key)
  const intent = options.intent ?? subject.examples.account
  // The definition's factory also takes `now` (core's signer contract: the clock used without a timestamp).
  const createSigner = (c: Credentials & { now?: () => number }) => exchange.createSigner(c)
  const T = options.timestamp ?? 1_700_000_000_000
  const secret = String(credentials.secret)
  return [
    [
      'behavior: a public intent gets no auth headers',
      async () => {
        const { serverTime } = exchange.products[exchange.defaultProduct]!
        expect(await createSigner(credentials).sign({ ...serverTime, security: 'none' })).toEqual({
          method: serverTime.method,
          url: serverTime.path,
          headers: {},
          body: undefined,
        })
      },
    ],
    [
      'behavior: sign and signSync agree',
      async () => {
        const signer = createSigner(credentials)
        const signed = await signer.sign(intent, { timestamp: T })
        if (signer.signSync) expect(signer.signSync(intent, { timestamp: T })).toEqual(signed)
        expect(Object.keys(signed.headers).length, 'a signed intent carries auth headers').toBeGreaterThan(0)
      },
    ],
    [
      'args: `now` is used when no timestamp is given',
      async () => {
        // A time whose seconds and milliseconds both differ from T, so a signer of either unit shows it.
        const at = T - 86_400_123
        const signed = await createSigner({ ...credentials, now: () => at }).sign(intent)
        expect(signed).toEqual(await createSigner(credentials).sign(intent, { timestamp: at }))
        expect(signed).not.toEqual(await createSigner(credentials).sign(intent, { timestamp: T }))
      },
    ],
    [
      'error: bad credentials name the field and never echo the value',
      () => {
        const cases: (readonly [string, Record<string, unknown>])[] = [
          ['apiKey', { ...credentials, apiKey: '' }],
          ['apiKey', { ...credentials, apiKey: ` ${credentials.apiKey}` }],
          ['secret', { ...credentials, secret: undefined }],
          ['secret', { ...credentials, secret: `${secret}\n` }],
          ['secret', { ...credentials, secret: `"${secret}"` }],
          ...(options.badCredentials ?? []).map(
            ([field, changes]) => [field, { ...credentials, ...changes }] as const,
          ),
        ]
        expectFieldErrors(
          cases.map(([field, bad]) => [field, () => createSigner(bad as Credentials)]),
          { name: 'CredentialFormatError', secrets },
        )
      },
    ],
    [
      'error: bad intents and timestamps name the field',
      () => {
        const { signSync } = createSigner(credentials)
        expect(signSync, 'a local signer has signSync').toBeDefined()
        // The intent itself signs, so each refusal below is for its damage.
        signSync!(intent, { timestamp: T })
        const cases: (readonly [string, RequestIntent, number?])[] = [
          ['method', { ...intent, method: intent.method.toLowerCase() as never }],
          ['path', { ...intent, path: `https://example.com${intent.path}` }],
          ['path', { ...intent, path: intent.path.slice(1) }],
          ['path', { ...intent, path: `${intent.path}/a b` }],
          ['body', { ...intent, method: 'GET', body: { a: '1' } }],
          ['amount', { ...intent, params: { amount: 1e-7 } }],
          ['qty', { ...intent, params: { qty: Number.NaN } }],
          ['timestamp', intent, -1],
          ['timestamp', intent, 1.5],
          ...(options.badIntents ?? []).map(
            ([field, changes]) => [field, { ...intent, ...changes }] as const,
          ),
        ]
        expectFieldErrors(
          cases.map(([field, bad, timestamp]) => [
            field,
            () => signSync!(bad, { timestamp: timestamp ?? T }),
          ]),
          { name: 'InvalidParameterError' },
        )
      },
    ],
  ]
}
