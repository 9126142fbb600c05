// Each answer's body is parsed once, whoever reads it (the exchange's classifier, the passive clock sample, the
// caller's result): an account or an order book can be large, and this is the hot path.
import { type Emulator, startEmulator } from '@signet/emulator'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createClient } from '../src/createClient'
import { fixtures } from './exchanges'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: fixtures.map((f) => f.emulation),
    keys: Object.fromEntries(fixtures.map((f) => [f.exchange.id, [f.key]])),
    rateLimits: false,
  })
})
afterAll(() => emulator.stop())
afterEach(() => vi.restoreAllMocks())

describe.each(fixtures)('$exchange.id', (f) => {
  it("behavior: a successful answer's body is parsed once for the classifier, the clock and the result", async () => {
    const answers: string[] = []
    // The global fetch, recording each answer's text (the client's own transport keeps it to itself).
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await globalThis.fetch(input, init)
      answers.push(await response.clone().text())
      return response
    }) as typeof globalThis.fetch
    const client = createClient({
      exchange: f.exchange,
      signer: f.exchange.createSigner(f.credentials),
      baseUrl: emulator.baseUrl(f.exchange.id),
      fetch,
    })
    const intent = f.emulation.examples.account!
    await client.request(intent) // syncs the clock first
    const parse = vi.spyOn(JSON, 'parse')
    const result = await client.request(intent)
    const answer = answers.at(-1)!
    expect(result).toEqual(JSON.parse(answer))
    // The call just above is the test's own.
    expect(parse.mock.calls.filter(([text]) => text === answer)).toHaveLength(2)
  })
})

describe.each(fixtures)('$exchange.id headers', (f) => {
  it("behavior: a successful answer's headers are not copied when nothing reads them (a caller's fetch)", async () => {
    const client = createClient({
      exchange: f.exchange,
      signer: f.exchange.createSigner(f.credentials),
      baseUrl: emulator.baseUrl(f.exchange.id),
      fetch: globalThis.fetch,
      budget: false,
    })
    const intent = f.emulation.examples.account!
    await client.request(intent) // syncs the clock first
    // How the client copies an answer's headers (ky merges the request's own with their iterator).
    const forEach = vi.spyOn(Headers.prototype, 'forEach')
    await client.request(intent)
    expect(forEach).not.toHaveBeenCalled()
  })
})
