import type { ServerResponse } from 'node:http'
import type { WireResponse } from '@signet/core'
import type { Fault } from './types'

/** What a fault may need to build its answer. @internal */
export type FaultContext = {
  method: string
  url: string
  headers: Readonly<Record<string, string>>
  /** The answer the emulator would give (after processing, for `after` faults; the time answer for `time-*`). */
  answer: () => WireResponse
  /** The exchange's rate-limit and ban answers. */
  rateLimited: () => WireResponse
  banned: () => WireResponse
  /** The time answer for a given server time. */
  timeAnswer: (offsetMs: number) => WireResponse
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const text = (status: number, type: string, body: string): WireResponse => ({
  status,
  headers: { 'content-type': type },
  body,
})
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Writes an answer; `split` sends the first half, waits, then the rest (or resets the connection). @internal */
export function send(
  res: ServerResponse,
  response: WireResponse,
  split?: { delayMs: number; reset: boolean },
) {
  if (res.destroyed) return Promise.resolve()
  const body = Buffer.from(response.body, 'utf8')
  res.writeHead(response.status, { 'content-length': body.length, ...response.headers })
  if (!split) {
    res.end(body)
    return Promise.resolve()
  }
  res.write(body.subarray(0, Math.floor(body.length / 2)))
  if (split.reset) {
    // Flush the first half, then reset: the client has headers and a partial body of an executed request.
    return wait(20).then(() => res.socket?.resetAndDestroy())
  }
  return wait(split.delayMs).then(() => {
    if (!res.destroyed) res.end(body.subarray(Math.floor(body.length / 2)))
  })
}

/** Applies a fault; resolves true when it replaced the answer, false when the normal answer should follow. @internal */
export async function applyFault(fault: Fault, res: ServerResponse, ctx: FaultContext): Promise<boolean> {
  switch (fault.kind) {
    case 'drop':
      res.socket?.destroy()
      return true
    case '5xx':
      await send(res, text(503, 'text/plain', 'Service Unavailable'))
      return true
    case 'maintenance':
      await send(
        res,
        text(
          503,
          'text/html',
          '<html><body><h1>System maintenance</h1><p>We will be back soon.</p></body></html>',
        ),
      )
      return true
    case 'html':
      await send(
        res,
        text(
          502,
          'text/html',
          '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
        ),
      )
      return true
    case 'waf': {
      // A firewall page that reflects what it blocked, signature and key headers included, as some WAFs do.
      const echoed = Object.entries(ctx.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')
      const body = `<html><head><title>403 Forbidden</title></head><body><h1>Request blocked</h1><p>${escapeHtml(`${ctx.method} ${ctx.url}`)}</p><pre>${escapeHtml(echoed)}</pre></body></html>`
      await send(res, text(403, 'text/html', body))
      return true
    }
    case 'reset':
      await send(res, ctx.answer(), { delayMs: 0, reset: true })
      return true
    case 'slow':
      await wait(fault.delayMs ?? 2000)
      return false
    case 'slow-body':
      await send(res, ctx.answer(), { delayMs: fault.delayMs ?? 2000, reset: false })
      return true
    case 'rate-limit':
      await send(res, ctx.rateLimited())
      return true
    case 'ban':
      await send(res, ctx.banned())
      return true
    case 'time-garbage':
      await send(res, text(200, 'application/json', '{"serverTime":"soon'))
      return true
    case 'time-offset':
      await send(res, ctx.timeAnswer(fault.offsetMs ?? 3_600_000))
      return true
  }
}
