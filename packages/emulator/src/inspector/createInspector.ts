import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { ExchangeDefinition, ExchangeDiagnosis, VerifierKey } from '@signet/core'
import type { RateBanState, RateUsage } from '../_createRateLimiter'
import type { Fault, FaultKind } from '../types'
import { createConcealer } from './_createConcealer'
import { type AnsweredRequest, type DescribedRequest, describeRequest } from './_describeRequest'
import { inspectorPage } from './_inspectorPage'

/** The prefix the inspector is served under; exchange ids cannot start with `_`, so none can take it. */
export const INSPECTOR_PREFIX = '/_signet/'

/** What the inspector reads from, and changes on, the running emulator. @internal */
export type InspectorHost = {
  exchanges(): {
    id: string
    definition: ExchangeDefinition
    diagnosis: ExchangeDiagnosis
    keys: readonly VerifierKey[]
    rateUsage(now: number): { counters: RateUsage[]; bans: RateBanState[] }
  }[]
  /** Server clock minus local clock of an exchange now, jumps included, in ms. */
  skewOf(id: string): number
  serverTime(id: string): number
  faults(): readonly Fault[]
  setFaults(faults: readonly Fault[]): void
}

/** The inspector of one emulator. @internal */
export type Inspector = {
  /** Answers a request under `INSPECTOR_PREFIX`. */
  serve(req: IncomingMessage, res: ServerResponse, body: string): void
  /** Shows an answered request. */
  record(answered: AnsweredRequest): void
  /** Shows a clock jump (`exchange` undefined: every exchange). */
  jumped(ms: number, exchange: string | undefined): void
  close(): void
}

/** Fault kinds the page offers as switches, in the order it shows them. @internal */
export const FAULT_KINDS = [
  '5xx',
  'maintenance',
  'html',
  'waf',
  'drop',
  'reset',
  'slow',
  'slow-body',
  'rate-limit',
  'ban',
  'time-garbage',
  'time-offset',
] as const satisfies readonly FaultKind[]

// The page keeps its own history; the server sends the latest requests to a page that connects late.
const KEEP = 500
const STATE_EVERY_MS = 500

const requireHere = createRequire(import.meta.url)
const asset = (file: string) => {
  let cached: string | undefined
  return () => {
    cached ??= readFileSync(requireHere.resolve(`uplot/dist/${file}`), 'utf8')
    return cached
  }
}
const uplotJs = asset('uPlot.iife.min.js')
const uplotCss = asset('uPlot.min.css')

/**
 * Creates the request inspector: one static page, its chart library and a server-sent event stream of requests and
 * emulator state, plus a small endpoint that sets the faults. Every byte sent to the page passes one concealer.
 * @internal
 */
export function createInspector(host: InspectorHost): Inspector {
  const conceal = createConcealer(() => host.exchanges().flatMap((e) => e.keys))
  const requests: DescribedRequest[] = []
  const jumps: { at: number; exchange: string; ms: number }[] = []
  const streams = new Set<ServerResponse>()
  let sequence = 0
  let timer: ReturnType<typeof setInterval> | undefined

  const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(conceal(data))}\n\n`
  const broadcast = (name: string, data: unknown) => {
    if (streams.size === 0) return
    const text = event(name, data)
    for (const stream of streams) stream.write(text)
  }

  function state() {
    const now = Date.now()
    return {
      at: now,
      clocks: host.exchanges().map((e) => ({ exchange: e.id, skewMs: host.skewOf(e.id) })),
      jumps,
      rates: host.exchanges().flatMap((e) => {
        const usage = e.rateUsage(host.serverTime(e.id))
        return usage.counters.map((c) => ({ exchange: e.id, ...c }))
      }),
      bans: host.exchanges().flatMap((e) => {
        const serverNow = host.serverTime(e.id)
        return e
          .rateUsage(serverNow)
          .bans.map((b) => ({ exchange: e.id, ...b, remainingMs: b.until - serverNow }))
      }),
      faults: host.faults(),
    }
  }

  function openStream(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
    const exchanges = host.exchanges().map((e) => ({ id: e.id, name: e.definition.name }))
    res.write(event('hello', { exchanges, faultKinds: FAULT_KINDS, requests, state: state() }))
    streams.add(res)
    res.on('close', () => {
      streams.delete(res)
      if (streams.size === 0 && timer) {
        clearInterval(timer)
        timer = undefined
      }
    })
    if (!timer) {
      timer = setInterval(() => broadcast('state', state()), STATE_EVERY_MS)
      timer.unref()
    }
  }

  function setFaults(res: ServerResponse, req: IncomingMessage, body: string) {
    // A JSON content type makes a cross-site form post impossible without a CORS preflight, which is never answered.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return answer(res, 415, 'send JSON')
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return answer(res, 400, 'the body is not JSON')
    }
    const faults = (parsed as { faults?: unknown })?.faults
    const kinds: readonly string[] = FAULT_KINDS
    const valid =
      Array.isArray(faults) &&
      faults.every((f) => typeof f === 'object' && f !== null && kinds.includes((f as Fault).kind))
    if (!valid)
      return answer(res, 400, `expected { "faults": [{ "kind": one of ${FAULT_KINDS.join(', ')} }, ...] }`)
    host.setFaults(faults as Fault[])
    broadcast('state', state())
    answer(res, 204, '')
  }

  return {
    serve(req, res, body) {
      // Only pages loaded from this loopback address may read the stream or flip faults (no DNS rebinding).
      const port = req.socket.localPort
      const hosts = [`127.0.0.1:${port}`, `localhost:${port}`]
      if (!hosts.includes(req.headers.host ?? ''))
        return answer(res, 403, 'the inspector answers loopback hosts only')
      const path = (req.url ?? '').split('?')[0]!.slice(INSPECTOR_PREFIX.length)
      const method = req.method ?? 'GET'
      if (method === 'GET' && (path === '' || path === 'index.html'))
        return answer(res, 200, inspectorPage, 'text/html; charset=utf-8')
      if (method === 'GET' && path === 'uplot.js') return answer(res, 200, uplotJs(), 'text/javascript')
      if (method === 'GET' && path === 'uplot.css') return answer(res, 200, uplotCss(), 'text/css')
      if (method === 'GET' && path === 'events') return openStream(res)
      if (method === 'POST' && path === 'faults') return setFaults(res, req, body)
      answer(res, 404, 'not an inspector path')
    },
    record(answered) {
      const entry = host.exchanges().find((e) => e.id === answered.exchange)
      if (!entry) return
      const described = conceal(
        describeRequest(++sequence, answered, entry.definition, entry.diagnosis, entry.keys),
        answered.request,
      )
      requests.push(described)
      if (requests.length > KEEP) requests.shift()
      broadcast('request', described)
    },
    jumped(ms, exchange) {
      for (const e of host.exchanges())
        if (exchange === undefined || e.id === exchange) jumps.push({ at: Date.now(), exchange: e.id, ms })
      broadcast('state', state())
    },
    close() {
      if (timer) clearInterval(timer)
      for (const stream of streams) stream.end()
      streams.clear()
    },
  }
}

function answer(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(body)
}
