// The clock's first sample bounds the offset by its round trip: the time the client spends loading its HTTP layer
// (ky, the transport) on first use happens before anything is sent, so it must not be counted as network time.
// Its own file: ky is loaded in this worker for the first time by the client under test.
import { binance } from '@signet/binance'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'

describe('the clock on first use', () => {
  it('behavior: the first sample round trip is the time request, not loading the HTTP layer', async () => {
    let answeredInMs = Number.NaN
    // A time endpoint that takes 20 ms to answer once it is called.
    const fetch = async () => {
      const calledAt = performance.now()
      await new Promise((resolve) => setTimeout(resolve, 20))
      answeredInMs = performance.now() - calledAt
      return new Response(JSON.stringify({ serverTime: Date.now() }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    }
    const client = createClient({
      exchange: binance,
      baseUrl: 'https://api.binance.test',
      fetch,
      budget: false,
    })
    const status = await client.clock.sync()
    expect(status.samples).toBe(1)
    // What ky adds to the call itself is well under a millisecond; loading it takes tens.
    expect(status.bestRttMs! - answeredInMs).toBeLessThan(5)
  })
})
