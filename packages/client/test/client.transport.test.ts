// The client's own transport (no `fetch` option): ky on an undici Agent bounded by maxInFlight, keep-alive,
// answers decoded as fetch decodes them, redirects reported rather than followed. Real sockets on loopback.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { ExchangeError, localClock, NetworkError } from '@signet/core'
import { afterEach, describe, expect, it } from 'vitest'
import { headersOf } from '../src/_classify'
import { createHttp } from '../src/_http'
import { createClient } from '../src/createClient'
import { createTransportFetch } from '../src/createTransportFetch'
import { fixtures } from './exchanges'

const binance = fixtures.find((f) => f.exchange.id === 'binance')!
const ACCOUNT = '{"makerCommission":15,"balances":[]}'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** A loopback server that counts the connections it accepted and the paths it was asked for. */
async function serve(handle: Handler) {
  const sockets = new Set<Socket>()
  const paths: string[] = []
  let connections = 0
  const server = createServer((req, res) => {
    paths.push(req.url ?? '')
    req.resume()
    req.on('end', () => handle(req, res))
  })
  server.on('connection', (socket) => {
    connections++
    sockets.add(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  close = async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, paths, connections: () => connections }
}

const json =
  (body: string, delayMs = 0): Handler =>
  (_req, res) =>
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(body), delayMs)

const clientFor = (baseUrl: string, maxInFlight?: number) =>
  createClient({
    exchange: binance.exchange,
    signer: binance.exchange.createSigner(binance.credentials),
    baseUrl,
    clock: localClock(),
    budget: false,
    ...(maxInFlight === undefined ? {} : { maxInFlight }),
  })

describe('the client transport', () => {
  it('behavior: the HTTP stage opens at most maxInFlight connections per origin, even when more requests are sent at once', async () => {
    const server = await serve(json(ACCOUNT, 20))
    const http = await createHttp({ timeoutMs: 5000, maxInFlight: 3 })()
    // Straight to the HTTP stage, past the client's in-flight slots: the Agent alone must hold the bound.
    const answers = await Promise.all(
      Array.from({ length: 12 }, async () => (await http(`${server.baseUrl}/api/v3/ping`)).text()),
    )
    expect(answers).toEqual(Array(12).fill(ACCOUNT))
    expect(server.connections()).toBe(3)
  })

  it('behavior: a request aborted while it waits for a connection settles at once, not when one frees up', async () => {
    const server = await serve(() => {}) // never answers
    const http = await createHttp({ timeoutMs: 5000, maxInFlight: 1 })()
    const first = http(`${server.baseUrl}/api/v3/ping`).catch((e: unknown) => e)
    const controller = new AbortController()
    const queued = http(`${server.baseUrl}/api/v3/time`, { signal: controller.signal }).catch(
      (e: unknown) => e,
    )
    setTimeout(() => controller.abort(), 50)
    const started = performance.now()
    const error = (await queued) as Error
    expect(error.name).toBe('AbortError')
    expect(performance.now() - started).toBeLessThan(2000)
    expect(server.paths).toEqual(['/api/v3/ping'])
    await close?.()
    close = undefined
    await first
  })

  it('behavior: a burst through the client reuses its kept-alive connections: never more than maxInFlight', async () => {
    const server = await serve(json(ACCOUNT, 5))
    const client = clientFor(server.baseUrl, 4)
    const intent = { method: 'GET', path: '/api/v3/account', security: 'signed' } as const
    await Promise.all(Array.from({ length: 40 }, () => client.request(intent)))
    for (let i = 0; i < 10; i++) await client.request(intent)
    expect(server.paths).toHaveLength(50)
    expect(server.connections()).toBeLessThanOrEqual(4)
  })

  it('behavior: a gzip answer is decoded, as fetch decodes it', async () => {
    const server = await serve((req, res) => {
      // Compressed only for a client that asked for it.
      if (!/gzip/.test(String(req.headers['accept-encoding']))) return res.writeHead(406).end()
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        .end(gzipSync(ACCOUNT))
    })
    const client = clientFor(server.baseUrl)
    await expect(client.get('/api/v3/account')).resolves.toEqual(JSON.parse(ACCOUNT))
  })

  it('error: a body cut off after the headers is reported as cut off mid-body, with the status that arrived', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      res.write('{"orderId":')
      setTimeout(() => req.socket.destroy(), 5)
    })
    const client = clientFor(server.baseUrl)
    const error = await client
      .request({
        method: 'POST',
        path: '/api/v3/order',
        form: { symbol: 'BTCUSDT', side: 'BUY', newClientOrderId: 'bot-2' },
        security: 'signed',
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).message).toMatch(/answered HTTP 200 but the connection dropped mid-body/)
  })

  it('error: a status no Response can carry (600) is a typed NetworkError, not an uncaught exception', async () => {
    const sockets = new Set<Socket>()
    const raw = createNetServer((socket) => {
      sockets.add(socket)
      socket.once('data', () => socket.end('HTTP/1.1 600 Odd\r\ncontent-length: 2\r\n\r\n{}'))
    })
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve))
    close = async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => raw.close(() => resolve()))
    }
    const { port } = raw.address() as AddressInfo
    const client = clientFor(`http://127.0.0.1:${port}`)
    await expect(client.get('/api/v3/account')).rejects.toBeInstanceOf(NetworkError)
  })

  it('error: a redirect is not followed: the 3xx is reported as the answer, and nothing is sent elsewhere', async () => {
    const server = await serve((req, res) =>
      req.url?.startsWith('/elsewhere')
        ? json(ACCOUNT)(req, res)
        : res.writeHead(302, { location: '/elsewhere' }).end(),
    )
    const client = clientFor(server.baseUrl)
    const error = await client
      .request({
        method: 'POST',
        path: '/api/v3/order',
        form: { symbol: 'BTCUSDT', side: 'BUY', newClientOrderId: 'bot-1' },
        security: 'signed',
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExchangeError)
    expect((error as ExchangeError).status).toBe(302)
    expect((error as ExchangeError).message).toMatch(/a redirect to \/elsewhere, not followed/)
    expect(server.paths.filter((p) => p.startsWith('/elsewhere'))).toEqual([])
  })

  it('wire: the client transport sends the signed header names, values and body exactly as signed', async () => {
    const seen: { method: string; url: string; rawHeaders: string[]; body: string }[] = []
    // Records what arrived, byte for byte, header names as spelled on the wire.
    const recorder = await (async () => {
      const record = createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => {
          seen.push({
            method: req.method ?? '',
            url: req.url ?? '',
            rawHeaders: req.rawHeaders,
            body: Buffer.concat(chunks).toString('utf8'),
          })
          res.writeHead(200, { 'content-type': 'application/json' }).end(ACCOUNT)
        })
      })
      await new Promise<void>((resolve) => record.listen(0, '127.0.0.1', resolve))
      return { record, baseUrl: `http://127.0.0.1:${(record.address() as AddressInfo).port}` }
    })()
    try {
      const signer = binance.exchange.createSigner(binance.credentials)
      const client = createClient({
        exchange: binance.exchange,
        signer,
        baseUrl: recorder.baseUrl,
        clock: localClock(),
        budget: false,
      })
      const intent = {
        method: 'POST',
        path: '/api/v3/order',
        form: { symbol: 'BTCUSDT', side: 'BUY', newClientOrderId: 'bot-wire 1/é' },
        security: 'signed',
      } as const
      await client.request(intent)
      const [arrived] = seen
      const names = arrived!.rawHeaders.filter((_, i) => i % 2 === 0)
      const value = (name: string) => arrived!.rawHeaders[arrived!.rawHeaders.indexOf(name) + 1]
      // The signer's own spelling (not lowercased by a Headers copy), its value, and the signed body byte for byte.
      expect(names).toContain('X-MBX-APIKEY')
      expect(value('X-MBX-APIKEY')).toBe(signer.apiKey)
      const { body, url } = await signer.sign(intent, {
        timestamp: Number(new URLSearchParams(arrived!.body).get('timestamp')),
        windowMs: Number(new URLSearchParams(arrived!.body).get('recvWindow')) || undefined,
      })
      expect(arrived!.method).toBe('POST')
      expect(arrived!.url).toBe(url)
      expect(arrived!.body).toBe(body)
    } finally {
      await new Promise<void>((resolve) => recorder.record.close(() => resolve()))
    }
  })

  it("behavior: the transport's answer gives its headers as a plain object and, when asked, as Headers", async () => {
    const server = await serve((_req, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2'])
      res.setHeader('x-mbx-used-weight-1m', '7')
      res.writeHead(200, { 'content-type': 'application/json' }).end(ACCOUNT)
    })
    const http = await createHttp({ timeoutMs: 5000, maxInFlight: 2 })()
    const response = await http(`${server.baseUrl}/api/v3/ping`)
    expect(headersOf(response)['x-mbx-used-weight-1m']).toBe('7')
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    const copy = response.clone()
    expect(await copy.text()).toBe(ACCOUNT)
    expect(await response.json()).toEqual(JSON.parse(ACCOUNT))
  })

  it('behavior: createTransportFetch gives the same transport to other code: keep-alive, at most maxConnections', async () => {
    const server = await serve(json(ACCOUNT, 10))
    const fetch = await createTransportFetch({ maxConnections: 2 })
    const answers = await Promise.all(
      Array.from({ length: 8 }, async () => (await fetch(`${server.baseUrl}/api/v3/ping`)).text()),
    )
    expect(answers).toEqual(Array(8).fill(ACCOUNT))
    expect(server.connections()).toBe(2)
    expect(() => createTransportFetch({ maxConnections: 0 })).toThrow(/maxConnections/)
  })
})
