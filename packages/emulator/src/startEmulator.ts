import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ExchangeDefinition, Verifier, VerifierKey, WireResponse } from '@signet/core'
import { type Route, routesOf } from './_routes'
import type {
  EmulatedOrder,
  EmulatedRequest,
  Emulator,
  EmulatorSettings,
  Fault,
  StartEmulatorOptions,
} from './types'

/**
 * Starts a loopback HTTP server that answers like each given exchange, using the exchanges' own verifiers,
 * with configurable clock skew, latency, jitter, clock jumps and faults.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [binance], keys: { binance: [{ apiKey, secret }] }, clockSkewMs: 2500 })
 * const client = createClient({ exchange: binance, signer, baseUrl: emulator.baseUrl('binance') })
 */
export async function startEmulator(options: StartEmulatorOptions): Promise<Emulator> {
  const random = options.random ?? Math.random
  const settings: Required<EmulatorSettings> = { clockSkewMs: 0, latencyMs: 0, jitterMs: 0, faults: [] }
  const faultUses = new Map<Fault, number>()
  const set = (next: EmulatorSettings) => {
    for (const key of Object.keys(next) as (keyof EmulatorSettings)[]) {
      if (next[key] !== undefined) (settings as Record<string, unknown>)[key] = next[key]
    }
    if (next.faults) faultUses.clear()
  }
  set(options)

  const jumps = new Map<string, number>()
  const skewOf = (id: string) =>
    (typeof settings.clockSkewMs === 'number' ? settings.clockSkewMs : (settings.clockSkewMs[id] ?? 0)) +
    (jumps.get(id) ?? 0)
  const serverTime = (id: string) => Date.now() + skewOf(id)

  const orders: EmulatedOrder[] = []
  const log: EmulatedRequest[] = []
  let sequence = 0

  const exchanges = new Map<
    string,
    { definition: ExchangeDefinition; keys: VerifierKey[]; verifier: Verifier; routes: Route[] }
  >()
  for (const definition of options.exchanges) {
    const keys = [...(options.keys?.[definition.id] ?? [])]
    const entry = { definition, keys, verifier: makeVerifier(definition, keys), routes: routesOf(definition) }
    exchanges.set(definition.id, entry)
  }
  function makeVerifier(definition: ExchangeDefinition, keys: VerifierKey[]) {
    return definition.createVerifier({
      keys,
      now: () => serverTime(definition.id),
      environment: options.environment?.[definition.id] ?? 'live',
      // Time is public and answered before verification; the verifier knows the signed routes.
      paths: routesOf(definition)
        .filter((r) => r.kind !== 'time')
        .map((r) => r.pattern),
    })
  }

  function findFault(exchange: string, method: string, path: string, phase: 'before' | 'after') {
    for (const fault of settings.faults) {
      if ((fault.phase ?? 'before') !== phase) continue
      if (fault.exchange && fault.exchange !== exchange) continue
      if (fault.method && fault.method !== method) continue
      if (fault.path && fault.path !== path) continue
      const used = faultUses.get(fault) ?? 0
      if (used >= (fault.times ?? Number.POSITIVE_INFINITY)) continue
      faultUses.set(fault, used + 1)
      return fault
    }
    return undefined
  }

  const delay = (direction: 'up' | 'down') => {
    const l = settings.latencyMs
    const base = typeof l === 'number' ? l : l[direction]
    const ms = base + random() * settings.jitterMs
    return ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
  }

  function handle(
    id: string,
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string,
  ): WireResponse {
    const entry = exchanges.get(id)!
    const { verifier } = entry
    const q = url.indexOf('?')
    const path = q < 0 ? url : url.slice(0, q)
    const route = entry.routes.find((r) => r.method === method && r.matches(path))
    const kind = route?.kind
    const record = (response: WireResponse, code?: string | number) => {
      log.push({ exchange: id, method, path, status: response.status, code, serverTime: serverTime(id) })
      return response
    }
    if (kind === 'time') return record(verifier.respond.serverTime(serverTime(id)))
    if (kind === undefined) return record(verifier.respond.error('not-found'), 'not-found')
    const result = verifier.verify({ method, url, headers, body }, 'signed')
    if (!result.ok) return record(result.response, result.code)
    if (kind === 'account')
      return record(verifier.respond.ok({ balances: [{ asset: 'USDT', free: '1000.00' }] }))
    const clientOrderId = route!.orderId(path, result.params)
    const existing = orders.find((o) => o.exchange === id && o.clientOrderId === clientOrderId)
    if (kind === 'place') {
      if (existing) return record(verifier.respond.error('duplicate-order'), 'duplicate-order')
      const order: EmulatedOrder = {
        exchange: id,
        clientOrderId,
        params: result.params,
        status: 'open',
        sequence: ++sequence,
      }
      orders.push(order)
      return record(verifier.respond.ok({ orderId: String(order.sequence), clientOrderId, status: 'NEW' }))
    }
    if (existing?.status !== 'open')
      return record(verifier.respond.error('order-not-found'), 'order-not-found')
    existing.status = 'canceled'
    return record(
      verifier.respond.ok({ orderId: String(existing.sequence), clientOrderId, status: 'CANCELED' }),
    )
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const rawUrl = req.url ?? '/'
    const slash = rawUrl.indexOf('/', 1)
    const id = rawUrl.slice(1, slash < 0 ? undefined : slash).split('?')[0]!
    const url = slash < 0 ? '/' : rawUrl.slice(slash)
    const method = req.method ?? 'GET'
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers[name] = value
    await delay('up')
    if (!exchanges.has(id))
      return send(res, {
        status: 404,
        headers: { 'content-type': 'text/plain' },
        body: `unknown exchange "${id}"`,
      })
    const path = url.split('?')[0]!
    const before = findFault(id, method, path, 'before')
    if (before && (await applyFault(before, res))) return
    const response = handle(id, method, url, headers, body)
    const after = findFault(id, method, path, 'after')
    await delay('down')
    if (after && (await applyFault(after, res))) return
    send(res, response)
  }

  /** Returns true when the fault replaced the answer. */
  async function applyFault(fault: Fault, res: ServerResponse): Promise<boolean> {
    switch (fault.kind) {
      case 'drop':
        res.socket?.destroy()
        return true
      case '5xx':
        send(res, { status: 503, headers: { 'content-type': 'text/plain' }, body: 'Service Unavailable' })
        return true
      case 'html':
        send(res, {
          status: 502,
          headers: { 'content-type': 'text/html' },
          body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
        })
        return true
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 2000))
        return false
    }
  }

  function send(res: ServerResponse, response: WireResponse) {
    if (res.destroyed) return
    res.writeHead(response.status, {
      'content-length': Buffer.byteLength(response.body),
      ...response.headers,
    })
    res.end(response.body)
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      send(res, {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: `emulator error: ${(error as Error).message}`,
      })
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  return {
    url,
    port,
    baseUrl: (id) => {
      if (!exchanges.has(id)) throw new Error(`the emulator does not serve "${id}"`)
      return `${url}/${id}`
    },
    set,
    jumpClock(ms, id) {
      for (const key of id ? [id] : exchanges.keys()) jumps.set(key, (jumps.get(key) ?? 0) + ms)
    },
    serverTime,
    addKey(id, key) {
      const entry = exchanges.get(id)
      if (!entry) throw new Error(`the emulator does not serve "${id}"`)
      entry.keys.push(key)
      entry.verifier = makeVerifier(entry.definition, entry.keys)
    },
    orders: (id) => orders.filter((o) => id === undefined || o.exchange === id).map((o) => ({ ...o })),
    requests: () => log.map((r) => ({ ...r })),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
