import type { RequestIntent, SignatureVariant, SignedRequest, TestKey } from '@signet/core'
import { expect } from 'vitest'
import { runChecks, type SuiteCheck, type SuiteSubject, suiteKey } from './_suite'
import { checkSignatureVariants } from './checkSignatureVariants'
import { tamperAt } from './tamper'

/** Options of `runSignatureVariantsSuite`. */
export type SignatureVariantsSuiteOptions = {
  /**
   * A request on which every variant differs: params that need encoding, out of order, and a body.
   * @default the examples' order with params `z=a b` and `a=1,2` added
   */
  intent?: RequestIntent | undefined
  /** The variant ids, in order, `correct` first: a new or lost variant shows in review. */
  ids: readonly string[]
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
 * and equal to what the signer sends and to `stringToSign` of the sent request, no secret in any text, and a
 * signature that none of the ways gives is matched by none (the diagnosis then says so instead of guessing). The
 * exchange's test keeps the by-hand checks of its own variants.
 *
 * @example
 * runSignatureVariantsSuite(gateioEmulation, { intent, ids, extractSignature: (r) => r.headers.SIGN! })
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
  return [
    [
      'default: distinct ways, `correct` first and equal to what the signer sends and signs',
      async () => {
        const all = variants()
        expect(all.map((v) => v.id)).toEqual(options.ids)
        const request = await signed()
        checkSignatureVariants(all, {
          signature: options.extractSignature(request),
          secrets,
          minimum: options.minimum ?? 8,
        })
        expect(diagnosis.stringToSign({ ...request, body: request.body ?? '' })).toBe(all[0]!.signedText)
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
