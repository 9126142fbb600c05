import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'
import { createToySigner, toyEmulation, toyExamples } from './toyExchange'

const signer = createToySigner('toy-key', 'toy-secret-0123456789')
let emulator: Emulator
afterEach(() => emulator?.stop())

async function send(intent: Parameters<typeof signer.sign>[0], timestamp?: number) {
  const signed = await signer.sign(intent, { timestamp: timestamp ?? emulator.serverTime('toy') })
  const res = await fetch(emulator.baseUrl('toy') + signed.url, {
    method: signed.method,
    headers: signed.headers,
    body: signed.body,
  })
  const text = await res.text()
  return { status: res.status, text, json: () => JSON.parse(text) }
}

describe('startEmulator', () => {
  it('default: serves server time with the configured skew and accepts signed requests', async () => {
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: 'toy-secret-0123456789' }] },
      clockSkewMs: 2500,
    })
    const before = Date.now()
    const time = (await send({ method: 'GET', path: '/time', security: 'none' })).json().data.time
    expect(time - before).toBeGreaterThanOrEqual(2500 - 5)
    expect(time - Date.now()).toBeLessThanOrEqual(2500 + 5)
    const account = await send(toyExamples.account)
    expect(account.status).toBe(200)
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('behavior: rejects with the verifier answer (wrong key, stale timestamp, unknown path)', async () => {
    emulator = await startEmulator({ exchanges: [toyEmulation], keys: { toy: [] } })
    expect((await send(toyExamples.account)).status).toBe(401)
    emulator.addKey('toy', { apiKey: 'toy-key', secret: 'toy-secret-0123456789' })
    expect((await send(toyExamples.account)).status).toBe(200)
    expect((await send(toyExamples.account, emulator.serverTime('toy') - 6000)).json().code).toBe(2)
    expect((await send({ method: 'GET', path: '/nope', security: 'signed' })).status).toBe(404)
    expect(emulator.requests().map((r) => r.status)).toEqual([401, 200, 400, 404])
  })

  it('behavior: skew and clock jumps change at run time', async () => {
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: 'toy-secret-0123456789' }] },
    })
    const t0 = Date.now()
    expect(Math.abs(emulator.serverTime('toy') - t0)).toBeLessThan(50)
    emulator.set({ clockSkewMs: { toy: -8000 } })
    expect(Math.abs(emulator.serverTime('toy') - (Date.now() - 8000))).toBeLessThan(50)
    emulator.jumpClock(10_000)
    expect(Math.abs(emulator.serverTime('toy') - (Date.now() + 2000))).toBeLessThan(50)
    // The server is now 2 s ahead of the local clock: a local timestamp 3.5 s old is 5.5 s behind it.
    expect((await send(toyExamples.account, Date.now() - 3500)).json().code).toBe(2)
    expect((await send(toyExamples.account, Date.now())).status).toBe(200)
  })

  it('behavior: faults before and after processing, limited by times, changeable at run time', async () => {
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: 'toy-secret-0123456789' }] },
      faults: [{ kind: '5xx', times: 1 }],
    })
    expect((await send(toyExamples.account)).status).toBe(503)
    expect((await send(toyExamples.account)).status).toBe(200)
    emulator.set({ faults: [{ kind: 'html', method: 'POST', phase: 'after', times: 1 }] })
    const html = await send(toyExamples.placeOrder('a1'))
    expect(html.status).toBe(502)
    expect(html.text).toContain('<html>')
    // The order was processed before the answer failed, as when a real exchange's response is lost.
    expect(emulator.orders('toy').map((o) => o.clientOrderId)).toEqual(['a1'])
    emulator.set({ faults: [{ kind: 'drop', times: 1 }] })
    await expect(send(toyExamples.account)).rejects.toThrow()
    emulator.set({ faults: [{ kind: 'slow', delayMs: 150, times: 1 }] })
    const start = performance.now()
    expect((await send(toyExamples.account)).status).toBe(200)
    expect(performance.now() - start).toBeGreaterThanOrEqual(140)
  })

  it('behavior: latency and jitter delay each way', async () => {
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: 'toy-secret-0123456789' }] },
      latencyMs: { up: 60, down: 20 },
      jitterMs: 20,
      random: () => 0.5,
    })
    const start = performance.now()
    await send({ method: 'GET', path: '/time', security: 'none' })
    expect(performance.now() - start).toBeGreaterThanOrEqual(95)
  })

  it('behavior: records orders by client id, rejects duplicates and cancels', async () => {
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: 'toy-secret-0123456789' }] },
    })
    expect((await send(toyExamples.placeOrder('o1'))).status).toBe(200)
    expect((await send(toyExamples.placeOrder('o1'))).json().msg).toBe('duplicate-order')
    expect((await send(toyExamples.cancelOrder('o1'))).status).toBe(200)
    expect((await send(toyExamples.cancelOrder('o1'))).json().msg).toBe('order-not-found')
    expect(emulator.orders()).toMatchObject([{ clientOrderId: 'o1', status: 'canceled', sequence: 1 }])
  })

  it('behavior: concurrent load from many clients loses and duplicates no order', async () => {
    emulator = await startEmulator({
      exchanges: [toyEmulation],
      keys: { toy: [{ apiKey: 'toy-key', secret: 'toy-secret-0123456789' }] },
      latencyMs: 2,
      jitterMs: 5,
    })
    const ids = Array.from({ length: 300 }, (_, i) => `c${i}`)
    // Every id is sent twice concurrently, 50 pairs at a time: exactly one of each pair must win. (All 600 at once
    // on new connections can take longer than the toy's 5 s window on a busy machine, and an expired pair wins none.)
    const results: Awaited<ReturnType<typeof send>>[] = []
    for (let i = 0; i < ids.length; i += 50) {
      const batch = ids.slice(i, i + 50)
      results.push(...(await Promise.all([...batch, ...batch].map((id) => send(toyExamples.placeOrder(id))))))
    }
    expect(results.filter((r) => r.status === 200)).toHaveLength(300)
    const accepted = emulator
      .orders('toy')
      .map((o) => o.clientOrderId)
      .sort()
    expect(accepted).toEqual([...ids].sort())
    expect(new Set(emulator.orders().map((o) => o.sequence)).size).toBe(300)
  })

  it('error: unknown exchange prefix answers 404, and baseUrl refuses unknown ids', async () => {
    emulator = await startEmulator({ exchanges: [toyEmulation] })
    expect((await fetch(`${emulator.url}/nowhere/api`)).status).toBe(404)
    expect(() => emulator.baseUrl('nowhere')).toThrow('does not serve')
  })
})
