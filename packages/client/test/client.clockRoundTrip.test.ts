// A clock sample bounds the offset by its round trip: what happens before the request leaves (loading the client's
// HTTP layer on first use, waiting for a free connection) or after its answer's head arrives must not count as one.
// Its own file: ky is loaded in this worker for the first time by the client under test.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { binance } from '@signet/binance'
import { localClock, type PassiveSample } from '@signet/core'
import { afterEach, describe, expect, it } from 'vitest'
import { toy } from '../../emulator/test/toyExchange'
import { createClient } from '../src/createClient'

const servers: ReturnType<typeof createServer>[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

describe("the client's clock samples", () => {
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
    // What ky adds to a first call is a few ms; loading it takes tens.
    expect(status.bestRttMs! - answeredInMs).toBeLessThan(15)
  })

  it('behavior: a time request that waited for a connection counts from when it left, not from when it was asked', async () => {
    // One connection (maxInFlight 1), held 150 ms by a slow answer: the time request queues behind it.
    const server = createServer((request, response) => {
      const answer = () => {
        response.setHeader('content-type', 'application/json')
        response.end(
          JSON.stringify(request.url === '/time' ? { code: 0, data: { time: Date.now() } } : { code: 0 }),
        )
      }
      if (request.url === '/time') answer()
      else setTimeout(answer, 150)
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const client = createClient({ exchange: toy, baseUrl: `http://127.0.0.1:${port}`, maxInFlight: 1 })
    await client.fetchServerTime() // loads the HTTP layer and opens the one connection
    const slow = client.get('/slow', { security: 'none' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const asked = performance.now()
    const status = await client.clock.sync()
    expect(performance.now() - asked).toBeGreaterThan(100)
    expect(status.bestRttMs).toBeLessThan(50)
    await slow
  })

  it("behavior: a passive sample from an answer counts to the answer's head, not to the end of a slow body", async () => {
    // The head, with the server's time, at once; the rest of the body 120 ms later.
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json')
      response.write(`{"code":0,"serverTime":${Date.now()}`)
      setTimeout(() => response.end('}'), 120)
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const observed: PassiveSample[] = []
    const client = createClient({
      exchange: { ...toy, serverTimeFromResponse: (answer) => JSON.parse(answer.body).serverTime },
      baseUrl: `http://127.0.0.1:${port}`,
      clock: { ...localClock(), observe: (sample) => void observed.push(sample) },
    })
    const asked = performance.now()
    await client.get('/account', { security: 'none' })
    expect(performance.now() - asked).toBeGreaterThan(100)
    expect(observed).toHaveLength(1)
    expect(observed[0]!.receivedAt - observed[0]!.sentAt).toBeLessThan(50)
  })
})
