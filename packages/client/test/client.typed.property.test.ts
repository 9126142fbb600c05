// Issue 12, "Must be true": every failure a caller can see from `request` is a SignetError subclass with a hint,
// whatever the intent and whatever the server answers (status, headers, body), for the five timestamp exchanges.
import { isSignetError, localClock, type RequestIntent } from '@signet/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { fixtures } from './exchanges'

const five = fixtures.filter((f) => ['binance', 'bybit', 'okx', 'kucoin', 'gateio'].includes(f.exchange.id))

const answers = fc.record({
  status: fc.oneof(
    fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 418, 429, 500, 502, 503),
    fc.integer({ min: 200, max: 599 }),
  ),
  body: fc.oneof(
    fc.string(),
    fc.json(),
    fc.constantFrom(
      '',
      '<html><title>x</title>',
      '{"code":',
      '{"code":-1022,"msg":"x"}',
      '{"retCode":10002}',
      '{"code":"50113"}',
      '[]',
      'null',
    ),
  ),
  retryAfter: fc.option(fc.oneof(fc.string(), fc.nat().map(String)), { nil: undefined }),
})

describe.each(five.map((f) => [f.exchange.id, f] as const))('%s client', (_id, f) => {
  it('property: request resolves or fails with a typed error carrying a hint, for any intent and answer', async () => {
    const { exchange } = f
    const intents = fc.oneof(
      fc.constantFrom<RequestIntent>(
        f.emulation.examples.account,
        f.emulation.examples.placeOrder('prop1'),
        f.emulation.examples.cancelOrder('prop1'),
      ),
      fc.record({
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'get'),
        path: fc.oneof(fc.constant(f.emulation.examples.account.path), fc.string()),
        params: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double(), fc.boolean())), {
          nil: undefined,
        }),
        security: fc.constantFrom('none', 'api-key', 'signed'),
      }) as fc.Arbitrary<RequestIntent>,
    )
    await fc.assert(
      fc.asyncProperty(intents, answers, async (intent, answer) => {
        const fetch = async () =>
          new Response(answer.status === 204 ? null : answer.body, {
            status: answer.status,
            headers: answer.retryAfter === undefined ? {} : { 'retry-after': answer.retryAfter },
          })
        const client = createClient({
          exchange,
          signer: exchange.createSigner(f.credentials),
          clock: localClock(),
          fetch,
          getRetries: 0,
          // Rate-limit waits are not what this property is about.
          budget: false,
        })
        try {
          await client.request(intent)
        } catch (error) {
          expect(isSignetError(error), String(error)).toBe(true)
          expect((error as { hint?: string }).hint, String(error)).toBeTruthy()
        }
      }),
      { numRuns: 150 },
    )
  })
})
