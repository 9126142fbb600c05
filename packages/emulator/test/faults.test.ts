import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator, Fault } from '../src/types'
import { sendTo } from './_send'
import { binanceScript as script } from './scripts/binance'

let emulator: Emulator
afterEach(() => emulator?.stop())

const start = async (faults: Fault[] = []) => {
  emulator = await startEmulator({ exchanges: [script.emulation], keys: { binance: [script.key] }, faults })
}
const send = (intent = script.balances()) => sendTo(emulator, script, intent)

/** Time to the response headers and to the end of the body, in ms, or the error that ended it. */
function timed(path: string) {
  const url = new URL(emulator.baseUrl('binance') + path)
  return new Promise<{ headersMs: number; bodyMs: number; body: string }>((resolve, reject) => {
    const t0 = performance.now()
    request(url, (res) => {
      const headersMs = performance.now() - t0
      let body = ''
      res.on('data', (c) => {
        body += c
      })
      res.on('end', () => resolve({ headersMs, bodyMs: performance.now() - t0, body }))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

describe('fault catalogue', () => {
  it("behavior: rate-limit and ban faults answer with the exchange's own 429 and 418", async () => {
    await start([
      { kind: 'rate-limit', times: 1 },
      { kind: 'ban', times: 1 },
    ])
    const limited = await send()
    expect(limited.status).toBe(429)
    expect(limited.json.code).toBe(-1003)
    expect(limited.headers['retry-after']).toBe('1')
    const banned = await send()
    expect(banned.status).toBe(418)
    expect(banned.json.msg).toMatch(/IP banned until \d+/)
    expect(Number(banned.headers['retry-after'])).toBe(120)
    expect((await send()).status).toBe(200)
  })

  it('behavior: maintenance 503, a gateway HTML 502 and an echoing WAF page', async () => {
    await start([
      { kind: 'maintenance', times: 1 },
      { kind: 'html', times: 1 },
      { kind: 'waf', times: 1 },
    ])
    const maintenance = await send()
    expect([maintenance.status, maintenance.headers['content-type']]).toEqual([503, 'text/html'])
    const gateway = await send()
    expect([gateway.status, gateway.text]).toEqual([502, expect.stringContaining('502 Bad Gateway')])
    const waf = await send()
    expect(waf.status).toBe(403)
    // The page reflects the request, signature and API key included: what a bot must never log unredacted.
    expect(waf.text).toMatch(/signature=[0-9a-f]{64}/)
    expect(waf.text).toContain(script.credentials.apiKey)
  })

  it('behavior: a reset mid-body after the order executed, and a slow body', async () => {
    await start([{ kind: 'reset', method: 'POST', phase: 'after', times: 1 }])
    await expect(send(script.placeLimit('reset-1'))).rejects.toThrow()
    // The order was placed although its answer was cut off.
    expect(emulator.orders('binance').map((o) => o.clientOrderId)).toEqual(['reset-1'])
    emulator.set({ faults: [{ kind: 'slow-body', action: 'time', delayMs: 300, times: 1 }] })
    const slow = await timed('/api/v3/time')
    expect(slow.headersMs).toBeLessThan(250)
    expect(slow.bodyMs).toBeGreaterThanOrEqual(290)
    expect(JSON.parse(slow.body).serverTime).toBeGreaterThan(0)
  })

  it('behavior: the time endpoint can be slow, garbage or an hour off, and only it', async () => {
    await start([{ kind: 'time-offset' }])
    const off = (await send(script.time())).json.serverTime - Date.now()
    expect(Math.abs(off - 3_600_000)).toBeLessThan(1000)
    expect((await send()).status).toBe(200)
    emulator.set({ faults: [{ kind: 'time-garbage' }] })
    const garbage = await send(script.time())
    expect(garbage.status).toBe(200)
    expect(garbage.json).toBeUndefined()
    emulator.set({ faults: [{ kind: 'slow', action: 'time', delayMs: 200 }] })
    const t0 = performance.now()
    await send(script.time())
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190)
    const t1 = performance.now()
    await send()
    expect(performance.now() - t1).toBeLessThan(150)
    emulator.set({ faults: [] })
    expect(Math.abs((await send(script.time())).json.serverTime - Date.now())).toBeLessThan(1000)
  })
})
