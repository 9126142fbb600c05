// Issue 12 items 1, 2, 4, 5 and 10 (client side): transport and answer faults against an in-process stand-in
// server, each a typed error that never quotes the signature, says whether anything was sent, and how to check.
import { createServer } from 'node:net'
import { inspect } from 'node:util'
import { ClockUncertainError, ExchangeError, localClock, NetworkError, type Signer } from '@signet/core'
import { MAX_BODY_CHARS } from '@signet/core/kit'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { type Fault, recordingSigner, standIn } from './_faultServer'
import { fixtures } from './exchanges'

const five = fixtures.filter((f) => ['binance', 'bybit', 'okx', 'kucoin', 'gateio'].includes(f.exchange.id))
const binance = five.find((f) => f.exchange.id === 'binance')!

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** A client for `f` against a stand-in server with `fault`, recording what was signed. */
async function setup(f: (typeof five)[number], fault: Fault, extra: Record<string, unknown> = {}) {
  const { exchange } = f
  const server = await standIn(f.emulation, f.key, fault)
  close = server.close
  const { signer, signed } = recordingSigner(exchange, f.credentials)
  const client = createClient({
    exchange,
    signer,
    baseUrl: server.baseUrl,
    clock: localClock(),
    timeoutMs: 300,
    getRetries: 0,
    ...extra,
  })
  return { client, signed, exchange }
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure, the request resolved')
}

const everything = (e: Error) =>
  `${e.message}\n${String(e)}\n${JSON.stringify(e)}\n${inspect(e, { depth: 10 })}`

describe('item 1: a signed GET that times out', () => {
  it("error: the NetworkError quotes ky's text without the signature", async () => {
    const { client, signed } = await setup(binance, 'timeout')
    const error = await failure(client.request(binance.emulation.examples.account))
    expect(error).toBeInstanceOf(NetworkError)
    const signature = new URLSearchParams(signed[0]!.url.split('?')[1]).get('signature')!
    expect(everything(error)).not.toContain(signature.slice(0, 16))
    expect(error.message).toMatch(/timed out/i)
  })
})

describe('item 2: an error body that echoes the signed request', () => {
  it.each(five.map((f) => [f.exchange.id, f] as const))(
    'error: %s keeps the signature out of message, exchangeMessage and JSON',
    async (_id, f) => {
      const { client, signed } = await setup(f, 'echoing body')
      const error = (await failure(client.request(f.emulation.examples.account))) as ExchangeError
      expect(error).toBeInstanceOf(ExchangeError)
      const s = signed[0]!
      const values = [
        ...Object.entries(s.headers)
          .filter(([n]) => /sign|passphrase/i.test(n))
          .map(([, v]) => v),
        ...(new URLSearchParams(s.url.split('?')[1]).get('signature')
          ? [new URLSearchParams(s.url.split('?')[1]).get('signature')!]
          : []),
      ]
      expect(values.length).toBeGreaterThan(0)
      for (const v of values) {
        for (const text of [everything(error), error.exchangeMessage ?? ''])
          expect(text).not.toContain(v.slice(0, 16))
      }
    },
  )
})

describe('item 4: the connection drops mid-body on an order the server executed', () => {
  it.each(five.map((f) => [f.exchange.id, f] as const))(
    'error: %s reports a typed NetworkError: outcome unknown, check by client order id',
    async (_id, f) => {
      const { client } = await setup(f, 'mid-body drop')
      const error = await failure(client.request(f.emulation.examples.placeOrder('drop1test')))
      expect(error).toBeInstanceOf(NetworkError)
      expect(error.message).toMatch(/outcome is unknown/)
      expect((error as NetworkError).hint).toContain(f.exchange.clientOrderIdParam)
      expect((error as NetworkError).hint).toMatch(/client order id/)
    },
  )
})

describe('a non-GET whose outcome is unknown says so and how to check', () => {
  it.each(five.map((f) => [f.exchange.id, f] as const))(
    'error: %s order placement answered 502 by a proxy names the client order id to query',
    async (_id, f) => {
      const { client } = await setup(f, 'html')
      const error = (await failure(
        client.request(f.emulation.examples.placeOrder('unknown1')),
      )) as ExchangeError
      expect(error).toBeInstanceOf(ExchangeError)
      expect(error.hint).toMatch(/outcome is unknown/)
      expect(error.hint).toContain(f.exchange.clientOrderIdParam)
    },
  )

  it('default: a GET that fails the same way does not claim an unknown outcome', async () => {
    const { client } = await setup(binance, 'html')
    const error = (await failure(client.request(binance.emulation.examples.account))) as ExchangeError
    expect(error.hint).not.toMatch(/outcome is unknown/)
  })
})

describe('bodies over 5 MB', () => {
  it('behavior: an error body over MAX_BODY_CHARS is cut before a classifier parses it; a long JSON success still parses', async () => {
    const { exchange, credentials } = binance
    const huge = 'x'.repeat(MAX_BODY_CHARS + 1000)
    const seen: number[] = []
    const definition = {
      ...exchange,
      classifyError: (response: { status: number; headers: Record<string, string>; body: string }) => {
        seen.push(response.body.length)
        return exchange.classifyError(response)
      },
    }
    const answer = (status: number, body: string) => async () => new Response(body, { status })
    const failing = createClient({
      exchange: definition,
      signer: exchange.createSigner(credentials),
      clock: localClock(),
      fetch: answer(502, `<html>${huge}</html>`),
      getRetries: 0,
    })
    expect(await failure(failing.request(binance.emulation.examples.account))).toBeInstanceOf(ExchangeError)
    expect(Math.max(...seen)).toBeLessThanOrEqual(MAX_BODY_CHARS)
    const list = JSON.stringify({ rows: [huge] })
    const ok = createClient({
      exchange: definition,
      signer: exchange.createSigner(credentials),
      clock: localClock(),
      fetch: answer(200, list),
    })
    expect(
      ((await ok.request(binance.emulation.examples.account)) as { rows: string[] }).rows[0]!.length,
    ).toBe(huge.length)
  })
})

describe('item 5: a 200 that is not JSON', () => {
  it.each(five.map((f) => [f.exchange.id, f] as const))(
    'error: %s fails with an ExchangeError, never resolves a string',
    async (_id, f) => {
      const { exchange } = f
      const fetch = async () =>
        new Response('<html><title>Hotel Wi-Fi: log in</title></html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        })
      const client = createClient({
        exchange,
        signer: exchange.createSigner(f.credentials),
        clock: localClock(),
        fetch,
      })
      const error = await failure(client.request(f.emulation.examples.account))
      expect(error).toBeInstanceOf(ExchangeError)
      expect(error.message).toContain('Hotel Wi-Fi')
      expect((error as ExchangeError).hint).toBeTruthy()
    },
  )
})

describe('item 10: refused before it left, and the latency budget at send time', () => {
  it('error: a POST to a port nobody listens on says nothing was sent (not "may have executed")', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const kucoin = five.find((f) => f.exchange.id === 'kucoin')!
    const client = createClient({
      exchange: kucoin.exchange,
      signer: kucoin.exchange.createSigner(kucoin.credentials),
      baseUrl: `http://127.0.0.1:${port}`,
      clock: localClock(),
      getRetries: 0,
    })
    const error = (await failure(
      client.request(kucoin.emulation.examples.placeOrder('refused1')),
    )) as NetworkError
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.message).toMatch(/nothing was sent/)
    expect(error.hint).not.toMatch(/may have executed/)
  })

  it('error: a header fetch refuses to send is reported as never sent', async () => {
    const kucoin = five.find((f) => f.exchange.id === 'kucoin')!
    const inner = kucoin.exchange.createSigner(kucoin.credentials)
    const signer: Signer = {
      ...inner,
      sign: async (intent, options) => {
        const signed = await inner.sign(intent, options)
        return { ...signed, headers: { ...signed.headers, 'KC-API-PARTNER': 'caf\u00e9\u0100' } }
      },
    }
    const client = createClient({
      exchange: kucoin.exchange,
      signer,
      baseUrl: 'http://127.0.0.1:9',
      clock: localClock(),
    })
    const error = (await failure(
      client.request(kucoin.emulation.examples.placeOrder('refused2')),
    )) as NetworkError
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.message).toMatch(/nothing was sent/)
  })

  it('behavior: an attempt that waited longer than latencyBudgetMs between signing and sending is signed again', async () => {
    let stalls = 1
    const { client, signed } = await setup(binance, 'html', {
      latencyBudgetMs: 50,
      hooks: {
        onRequest: () => {
          // A stalled event loop between signing and sending (the first attempt only).
          const until = performance.now() + 150
          while (stalls > 0 && performance.now() < until) {}
          stalls--
        },
      },
    })
    await failure(client.request(binance.emulation.examples.account))
    expect(signed.length).toBe(2)
  })

  it('behavior: a burst waits for an in-flight slot before it is signed, so no timestamp ages in a queue', async () => {
    // A host that serves one request at a time (a single connection): 40 requests take 40 x 30 ms.
    let queue = Promise.resolve()
    const ages: number[] = []
    const fetch = (input: string | URL | Request) => {
      const url = String(input instanceof Request ? input.url : input)
      const served = queue.then(async () => {
        ages.push(Date.now() - Number(new URL(url).searchParams.get('timestamp')))
        await new Promise((resolve) => setTimeout(resolve, 30))
        return new Response('{}', { status: 200 })
      })
      queue = served.then(() => undefined)
      return served
    }
    const client = createClient({
      exchange: binance.exchange,
      signer: binance.exchange.createSigner(binance.credentials),
      clock: localClock(),
      latencyBudgetMs: 400,
      maxInFlight: 4,
      fetch,
      budget: false,
    })
    await Promise.all(Array.from({ length: 40 }, () => client.request(binance.emulation.examples.account)))
    expect(ages).toHaveLength(40)
    expect(Math.max(...ages)).toBeLessThanOrEqual(400)
  })

  it('error: when every attempt waits too long, nothing is sent and the error is a ClockUncertainError', async () => {
    let sent = 0
    const fetch = async () => {
      sent++
      return new Response('{}', { status: 200 })
    }
    const client = createClient({
      exchange: binance.exchange,
      signer: binance.exchange.createSigner(binance.credentials),
      clock: localClock(),
      latencyBudgetMs: 5,
      fetch,
      hooks: {
        onRequest: () => {
          const until = performance.now() + 20
          while (performance.now() < until) {}
        },
      },
    })
    const error = await failure(client.request(binance.emulation.examples.account))
    expect(error).toBeInstanceOf(ClockUncertainError)
    expect(sent).toBe(0)
  })
})
