import type { SignedRequest, TestKey } from '@signet/core'
import { expect } from 'vitest'
import { runChecks, type SuiteCheck, type SuiteSubject, suiteKey } from './_suite'
import { definitionFacts } from './definitionFacts'
import { toRawRequest } from './toRawRequest'

/** Options of `runDefinitionSuite`. */
export type DefinitionSuiteOptions = {
  /** Server-time answers the exchange's docs show, with the epoch ms each carries. */
  serverTimeAnswers: readonly (readonly [body: unknown, serverTime: number])[]
  /** Answers that are not a server time: `parseServerTime` must refuse each, its message matching `error`. */
  notServerTime: readonly unknown[]
  /** What `parseServerTime`'s refusal says (the shape it expected). */
  error: RegExp
  /** The key to sign with. @default testKeyFor(definition, verification) */
  key?: TestKey | undefined
  /** Server time used throughout, epoch ms. @default 1_700_000_000_000 */
  timestamp?: number | undefined
}

/**
 * What every exchange definition must agree with, as a suite: its examples sign and verify, the order carries its
 * client id in `clientOrderIdParam`, `parseServerTime` reads the documented answers and the verifier's own and
 * refuses others with a message naming the shape it expected, and `definitionFacts` match the test file's snapshot.
 *
 * @example
 * runDefinitionSuite(kucoinEmulation, { serverTimeAnswers: [[{ code: '200000', data: 1546837113087 }, 1546837113087]], notServerTime: ['<html>'], error: /"data"/ })
 */
export function runDefinitionSuite(subject: SuiteSubject, options: DefinitionSuiteOptions): void {
  runChecks(`${subject.definition.id} definition`, definitionChecks(subject, options))
}

/** The client order id a signed request carries in `param`: in the query, a form body or a JSON body. @internal */
function clientOrderId(request: SignedRequest, param: string): unknown {
  const query = new URLSearchParams(request.url.split('?')[1] ?? '').get(param)
  if (query !== null || !request.body) return query ?? undefined
  if (request.body.startsWith('{')) return (JSON.parse(request.body) as Record<string, unknown>)[param]
  return new URLSearchParams(request.body).get(param) ?? undefined
}

/** The checks of `runDefinitionSuite`, for core's own tests to run against a deliberately wrong definition. @internal */
export function definitionChecks(subject: SuiteSubject, options: DefinitionSuiteOptions): SuiteCheck[] {
  const { definition: exchange, examples } = subject
  const { credentials, verifierKey } = suiteKey(subject, options.key)
  const T = options.timestamp ?? 1_700_000_000_000
  const verifier = () => subject.verification.createVerifier({ keys: [verifierKey], now: () => T })
  return [
    [
      // A shared suite cannot write inline snapshots into the caller's file: the facts go to its __snapshots__.
      'default: the definition facts, against the snapshot a reviewer compared with docs/spec',
      () => expect(definitionFacts(exchange)).toMatchSnapshot(),
    ],
    [
      'behavior: the examples sign and verify; the order carries its client id in `clientOrderIdParam`',
      async () => {
        const signer = exchange.createSigner(credentials)
        const intents = [examples.account, examples.placeOrder('suite-c1'), examples.cancelOrder('suite-c1')]
        for (const intent of intents) {
          const signed = await signer.sign(intent, { timestamp: T })
          expect(verifier().verify(toRawRequest(signed)).ok, `${intent.method} ${intent.path}`).toBe(true)
        }
        const placed = await signer.sign(examples.placeOrder('suite-c1'), { timestamp: T })
        // As given, or behind the prefix the exchange requires (Gate.io's `t-`).
        const sent = String(clientOrderId(placed, exchange.clientOrderIdParam))
        expect(sent, exchange.clientOrderIdParam).toMatch(/^[a-z]{0,4}-?suite-c1$/i)
      },
    ],
    [
      "behavior: parseServerTime reads the documented answers and the verifier's own, as objects and as text",
      () => {
        const own = JSON.parse(verifier().respond.serverTime(T).body) as unknown
        for (const [body, serverTime] of [...options.serverTimeAnswers, [own, T] as const]) {
          expect(exchange.parseServerTime(body)).toBe(serverTime)
          expect(exchange.parseServerTime(JSON.stringify(body))).toBe(serverTime)
        }
        expect(
          options.serverTimeAnswers.length,
          'give the answers the docs show (serverTimeAnswers)',
        ).toBeGreaterThan(0)
      },
    ],
    [
      'error: an answer that is not a server time is refused, naming the shape expected',
      () => {
        expect(options.notServerTime.length, 'give at least one').toBeGreaterThan(0)
        for (const body of options.notServerTime)
          expect(() => exchange.parseServerTime(body)).toThrow(options.error)
      },
    ],
  ]
}
