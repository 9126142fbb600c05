import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ExchangeDefinition, ExchangeDiagnosis, VerifierKey } from '@signet/core'
import { applyFault, send } from './_applyFault'
import { type Served, serveEmulation } from './_serveEmulation'
import { createInspector, INSPECTOR_PREFIX } from './inspector/createInspector'
import type { EmulatedRequest, Emulator, EmulatorSettings, Fault, StartEmulatorOptions } from './types'

/**
 * Starts a loopback HTTP server that answers like each given exchange: the exchange's own verifier checks every
 * request, an exchange package's emulation serves the order lifecycle with the exchange's answers and rate limits,
 * and clock skew, latency, jitter, clock jumps and faults can be changed while it runs.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [binanceEmulation], keys: { binance: [{ apiKey, secret }] }, clockSkewMs: 2500 })
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

  const log: EmulatedRequest[] = []
  let sequence = 0
  const nextSequence = () => ++sequence
  const marketPrice = (symbol: string) => {
    const p = options.marketPrice ?? 30_000
    return typeof p === 'number' ? p : (p[symbol] ?? 30_000)
  }
  const rateLimits =
    options.rateLimits === false
      ? undefined
      : {
          scale: options.rateLimitScale ?? 1,
          windowScale: options.rateLimitWindowScale ?? 1,
          banAfter: options.banAfter ?? 3,
        }

  const exchanges = new Map<
    string,
    { served: Served; keys: VerifierKey[]; definition: ExchangeDefinition; diagnosis: ExchangeDiagnosis }
  >()
  for (const entry of options.exchanges) {
    const { definition } = entry
    const id = definition.id
    // Ids starting with '_' are reserved, so the inspector's prefix never shadows an exchange.
    if (id.startsWith('_')) throw new Error(`exchange id "${id}" is reserved: ids cannot start with "_"`)
    const keys = [...(options.keys?.[id] ?? [])]
    const common = {
      keys,
      now: () => serverTime(id),
      environment: options.serverEnvironment?.[id] ?? options.environment?.[id] ?? 'live',
      nextSequence,
    }
    const served = serveEmulation(entry, {
      ...common,
      balances: options.balances ?? entry.balances ?? { USDT: 1_000_000, BTC: 100, ETH: 1000 },
      marketPrice,
      rateLimits,
    })
    exchanges.set(id, { served, keys, definition, diagnosis: entry.diagnosis })
  }
  const inspector = options.inspector
    ? createInspector({
        exchanges: () =>
          [...exchanges.entries()].map(([id, e]) => ({
            id,
            definition: e.definition,
            diagnosis: e.diagnosis,
            keys: e.keys,
            rateUsage: (now: number) => e.served.rateUsage(now),
          })),
        skewOf,
        serverTime,
        faults: () => settings.faults,
        setFaults: (faults) => set({ faults }),
      })
    : undefined

  function findFault(exchange: string, method: string, url: string, body: string, phase: 'before' | 'after') {
    const path = url.split('?')[0]!
    const action = exchanges.get(exchange)?.served.action(method, url, body)
    for (const fault of settings.faults) {
      if ((fault.phase ?? 'before') !== phase) continue
      if (fault.exchange && fault.exchange !== exchange) continue
      if (fault.method && fault.method !== method) continue
      if (fault.path && fault.path !== path) continue
      if (fault.action && fault.action !== action) continue
      if (fault.kind.startsWith('time-') && action !== 'time') continue
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

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const rawUrl = req.url ?? '/'
    const slash = rawUrl.indexOf('/', 1)
    const id = rawUrl.slice(1, slash < 0 ? undefined : slash).split('?')[0]!
    const url = slash < 0 ? '/' : rawUrl.slice(slash)
    const method = req.method ?? 'GET'
    if (inspector && rawUrl.startsWith(INSPECTOR_PREFIX)) {
      inspector.serve(req, res, body)
      return
    }
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers[name] = value
    await delay('up')
    const entry = exchanges.get(id)
    if (!entry) {
      await send(res, {
        status: 404,
        headers: { 'content-type': 'text/plain' },
        body: `unknown exchange "${id}"`,
      })
      return
    }
    const path = url.split('?')[0]!
    const now = () => serverTime(id)
    const context = (answer: () => ReturnType<Served['timeAnswer']>) => ({
      method,
      url,
      headers,
      answer,
      rateLimited: () => entry.served.rateLimited(now()),
      banned: () => entry.served.banned(now()),
      timeAnswer: (offsetMs: number) => entry.served.timeAnswer(now() + offsetMs),
    })
    const before = findFault(id, method, url, body, 'before')
    if (before) {
      const handled = await applyFault(
        before,
        res,
        context(() => entry.served.timeAnswer(now())),
      )
      if (handled) {
        log.push({
          exchange: id,
          method,
          path,
          status: res.statusCode,
          code: `fault:${before.kind}`,
          serverTime: now(),
        })
        inspector?.record({
          exchange: id,
          request: { method, url, headers, body },
          // 0: the fault answered nothing (the connection was dropped).
          status: res.headersSent ? res.statusCode : 0,
          fault: before.kind,
          serverTime: now(),
        })
        return
      }
    }
    const { response, code } = entry.served.handle(
      { method, url, headers, body },
      req.socket.remoteAddress ?? '127.0.0.1',
      now(),
    )
    log.push({ exchange: id, method, path, status: response.status, code, serverTime: now() })
    const after = findFault(id, method, url, body, 'after')
    await delay('down')
    const faulted =
      after !== undefined &&
      (await applyFault(
        after,
        res,
        context(() => response),
      ))
    inspector?.record({
      exchange: id,
      request: { method, url, headers, body },
      status: faulted ? (res.headersSent ? res.statusCode : 0) : response.status,
      code,
      fault: faulted ? after.kind : undefined,
      response,
      serverTime: now(),
    })
    if (!faulted) await send(res, response)
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      void send(res, {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: `emulator error: ${(error as Error).message}`,
      })
    })
  })
  // Warm connections stay open as an exchange's do (its load balancers keep them for about a minute): with a
  // short hint (`Keep-Alive: timeout=1`) Node's http Agent and undici close the socket after every answer, so a bot
  // on loopback would pay a TCP handshake per request that it never pays against the exchange. stop() closes
  // every connection itself.
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  const served = (id: string) => {
    const entry = exchanges.get(id)
    if (!entry) throw new Error(`the emulator does not serve "${id}"`)
    return entry
  }

  return {
    url,
    port,
    baseUrl: (id) => {
      served(id)
      return `${url}/${id}`
    },
    set,
    jumpClock(ms, id) {
      for (const key of id ? [id] : exchanges.keys()) jumps.set(key, (jumps.get(key) ?? 0) + ms)
      inspector?.jumped(ms, id)
    },
    serverTime,
    addKey(id, key) {
      const entry = served(id)
      entry.keys.push(key)
      entry.served.setKeys(entry.keys)
    },
    orders: (id) =>
      [...exchanges.entries()]
        .filter(([exchange]) => id === undefined || exchange === id)
        .flatMap(([exchange, entry]) => entry.served.orders().map((o) => ({ exchange, ...o })))
        .sort((a, b) => a.sequence - b.sequence),
    requests: () => log.map((r) => ({ ...r })),
    inspectorUrl: inspector ? `${url}${INSPECTOR_PREFIX}` : undefined,
    stop: () =>
      new Promise<void>((resolve) => {
        inspector?.close()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
