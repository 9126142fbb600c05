import type { RequestIntent, SignatureVariant, SignedRequest, TestKey } from '@signet/core'
import { revealCredential } from '@signet/core/kit'
import { expect } from 'vitest'
import { runChecks, type SuiteCheck, type SuiteSubject, suiteKey } from './_suite'
import { checkSignatureVariants } from './checkSignatureVariants'
import { tamperAt } from './tamper'

/** What a by-hand check of a signature variant gets besides the variant: the inputs, as text. */
export type VariantByHandInput = {
  /** The `correct` variant. */
  correct: SignatureVariant
  intent: RequestIntent
  /** Epoch ms signed with. */
  timestamp: number
  secret: string
  /** `''` without one. */
  passphrase: string
}

/** Options of `runSignatureVariantsSuite`. */
export type SignatureVariantsSuiteOptions = {
  /**
   * A request on which every variant differs: params that need encoding, out of order, and a body.
   * @default the examples' order (`placeOrder('variants-1')`) with params `z=a b` and `a=1,2` added
   */
  intent?: RequestIntent | undefined
  /**
   * Each variant by hand, keyed by its id in the order the variants come (`correct` may lead): a check of its text
   * or signature derived from the exchange's docs, not from the code. Every variant needs one, so a new or lost
   * variant shows.
   */
  byHand: Readonly<Record<string, (variant: SignatureVariant, input: VariantByHandInput) => void>>
  /**
   * The exchange's signature of a text, written by hand (`createHmac(...)` from node:crypto): `correct` and every
   * variant with a text of its own must be signed this way. Leave it out where signatures are randomised.
   */
  signText?: ((text: string, secret: string) => string) | undefined
  /** Reads the signature out of a signed request. */
  extractSignature(request: SignedRequest): string
  /** The key to sign with. @default testKeyFor(definition, verification) */
  key?: TestKey | undefined
  /** How many variants at least, `correct` included. @default 8 */
  minimum?: number | undefined
  /** Time signed with, epoch ms; give one with milliseconds so a unit mistake shows. @default 1_700_000_000_123 */
  timestamp?: number | undefined
}

/**
 * What every exchange's signature variants promise, as a suite: at least `minimum` distinct ways, `correct` first
 * and equal to what the signer sends and to `stringToSign` of the sent request, no secret in any text, each way
 * checked by hand, and a signature that none of the ways gives matched by none (the diagnosis then says so
 * instead of guessing).
 *
 * @example
 * runSignatureVariantsSuite(gateioEmulation, { byHand: { 'encoded-query': (v) => expect(v.signedText).toContain('a%20b') }, extractSignature: (r) => r.headers.SIGN! })
 */
export function runSignatureVariantsSuite(
  subject: SuiteSubject,
  options: SignatureVariantsSuiteOptions,
): void {
  runChecks(`${subject.definition.id} signature variants`, signatureVariantsChecks(subject, options))
}

/** The checks of `runSignatureVariantsSuite`, for core's own tests to run against deliberately wrong variants. @internal */
export function signatureVariantsChecks(
  subject: SuiteSubject,
  options: SignatureVariantsSuiteOptions,
): SuiteCheck[] {
  const { definition: exchange, diagnosis } = subject
  const { credentials, secrets } = suiteKey(subject, options.key)
  const order = subject.examples.placeOrder('variants-1')
  const intent = options.intent ?? { ...order, params: { ...order.params, z: 'a b', a: '1,2' } }
  const timestamp = options.timestamp ?? 1_700_000_000_123
  const variants = () => diagnosis.signatureVariants({ credentials, intent, timestamp })
  const signed = () => exchange.createSigner(credentials).sign(intent, { timestamp })
  const matches = (v: SignatureVariant, signature: string) =>
    v.matches ? v.matches(signature) : v.signature === signature
  const ids = ['correct', ...Object.keys(options.byHand).filter((id) => id !== 'correct')]
  return [
    [
      'default: distinct ways, `correct` first and equal to what the signer sends and signs',
      async () => {
        const all = variants()
        const request = await signed()
        checkSignatureVariants(all, {
          signature: options.extractSignature(request),
          secrets,
          minimum: options.minimum ?? 8,
        })
        expect(diagnosis.stringToSign({ ...request, body: request.body ?? '' })).toBe(all[0]!.signedText)
        expect(all.map((v) => v.id)).toEqual(ids)
      },
    ],
    [
      'behavior: each way is what its description says, by hand',
      () => {
        const all = variants()
        const input: VariantByHandInput = {
          correct: all[0]!,
          intent,
          timestamp,
          secret: revealCredential(credentials.secret),
          passphrase: revealCredential(credentials.passphrase),
        }
        for (const v of all) {
          const check = options.byHand[v.id]
          expect(check, `a by-hand check of "${v.id}"`).toBeDefined()
          check!(v, input)
          if (options.signText && (v.id === 'correct' || v.signedText !== input.correct.signedText))
            expect(v.signature, `${v.id}: its text signed the exchange's way`).toBe(
              options.signText(v.signedText, input.secret),
            )
        }
      },
    ],
    [
      'behavior: the signer signature matches `correct` only, and one no way gives matches none',
      async () => {
        const all = variants()
        const signature = options.extractSignature(await signed())
        expect(all.filter((v) => matches(v, signature)).map((v) => v.id)).toEqual(['correct'])
        const unknown = tamperAt(signature, Math.floor(signature.length / 2))
        expect(all.filter((v) => matches(v, unknown)).map((v) => v.id)).toEqual([])
      },
    ],
  ]
}
