import type {
  Credentials,
  Emulation,
  RawRequest,
  RequestIntent,
  Verifier,
  VerifierKey,
  VerifierOptions,
} from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { toRawRequest } from './toRawRequest'

/** Options of `verifierFixture`. */
export type VerifierFixtureOptions = {
  /** A made-up key as text, for the signer and the verifier alike. @default testKeyFor(definition, verification) */
  key?: { apiKey: string; secret: string; passphrase?: string } | undefined
  /** The server time, and the time signed with unless a test gives another, epoch ms. @default 1_700_000_000_000 */
  timestamp?: number | undefined
}

/** What `verifierFixture` returns. */
export type VerifierFixture = {
  /** The server time, epoch ms. */
  T: number
  credentials: Credentials
  /** The verifier's record of the same key. */
  verifierKey: VerifierKey
  /** Signs `intent` at `timestamp` with `credentials` and returns it as the server receives it. */
  sign(intent: RequestIntent, timestamp?: number, credentials?: Credentials): RawRequest
  /** A verifier holding the key, at server time `T`; `extra` overrides any option. */
  verifier(extra?: Partial<VerifierOptions>): Verifier
}

/**
 * The set-up of a signer-against-verifier test: one key both sides know, a fixed server time, signing to the raw
 * request a server receives, and a verifier at that time. `runVerifierSuite` uses it too.
 *
 * @example
 * const { T, sign, verifier } = verifierFixture(kucoinEmulation)
 * expect(verifier().verify(sign(kucoinExamples.account, T - 6000))).toMatchObject({ code: '400002' })
 */
export function verifierFixture(
  subject: Pick<Emulation, 'definition' | 'verification'>,
  options: VerifierFixtureOptions = {},
): VerifierFixture {
  const T = options.timestamp ?? 1_700_000_000_000
  const made = options.key
    ? { credentials: options.key, verifierKey: options.key }
    : testKeyFor(subject.definition, subject.verification)
  const { credentials, verifierKey } = made
  return {
    T,
    credentials,
    verifierKey,
    sign: (intent, timestamp = T, signWith = credentials) => {
      const { signSync } = subject.definition.createSigner(signWith)
      if (!signSync) throw new Error(`verifierFixture: the ${subject.definition.id} signer has no signSync`)
      return toRawRequest(signSync(intent, { timestamp }))
    },
    verifier: (extra = {}) =>
      subject.verification.createVerifier({ keys: [verifierKey], now: () => T, ...extra }),
  }
}
