// The client takes a passive clock sample from an answer at most every 100 ms: reading one parses the body again,
// which an answer that carries no time (an account) must not cost on every request.
import { localClock } from '@signet/core'
import { expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { fixtures } from './exchanges'

const binance = fixtures.find((f) => f.exchange.id === 'binance')!

it('reads answers for a server time at most once per 100 ms, also when they carry none', async () => {
  let reads = 0
  const exchange = {
    ...binance.exchange,
    serverTimeFromResponse: (
      response: Parameters<NonNullable<typeof binance.exchange.serverTimeFromResponse>>[0],
    ) => {
      reads++
      return binance.exchange.serverTimeFromResponse?.(response)
    },
  }
  const fetch = (async () =>
    new Response('{"makerCommission":15,"balances":[]}', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })) as typeof globalThis.fetch
  const client = createClient({
    exchange,
    signer: exchange.createSigner(binance.credentials),
    fetch,
    clock: localClock(),
    budget: false,
  })
  const started = performance.now()
  for (let i = 0; i < 20; i++) await client.request(binance.emulation.examples.account)
  const windows = Math.floor((performance.now() - started) / 100) + 1
  expect(reads).toBeGreaterThanOrEqual(1)
  expect(reads).toBeLessThanOrEqual(windows)
})
