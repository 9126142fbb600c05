import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator, StartEmulatorOptions } from '../src/types'
import { sendTo } from './_send'
import { scripts } from './scripts'
import { binanceScript } from './scripts/binance'
import type { BotScript } from './scripts/types'

let emulator: Emulator
afterEach(() => emulator?.stop())

async function start(script: BotScript, options: Partial<StartEmulatorOptions> = {}) {
  const id = script.emulation.definition.id
  emulator = await startEmulator({
    exchanges: [script.emulation],
    keys: { [id]: [script.key] },
    rateLimitScale: script.rateLimit.scale,
    rateLimitWindowScale: script.rateLimit.windowScale,
    ...options,
  })
  // Start at the beginning of a window, so the burst below fits in one.
  const ms = script.emulation.rateLimits.buckets[0]!.intervalMs * script.rateLimit.windowScale
  await new Promise((r) => setTimeout(r, ms - (emulator.serverTime(id) % ms) + 5))
}

describe.each(scripts)('rate limits of the emulated $emulation.definition.id', (script) => {
  it("behavior: past its scaled limit a client gets the exchange's exact rejection and headers, then recovers after the window", async () => {
    await start(script)
    const answers = []
    for (let i = 0; i < 60; i++) {
      const answer = await sendTo(emulator, script, script.rateLimit.intent())
      answers.push(answer)
      if (answer.status !== 200 || script.errorCode(answer.status, answer.json) !== '0') {
        if (script.errorCode(answer.status, answer.json) === script.rateLimit.code) break
      }
    }
    const rejected = answers.at(-1)!
    expect(answers.length).toBeGreaterThan(1)
    expect(answers.length).toBeLessThan(60)
    for (const ok of answers.slice(0, -1))
      for (const h of script.rateLimit.headers) expect(ok.headers).toHaveProperty(h)
    expect(rejected.status).toBe(script.rateLimit.status)
    expect(script.errorCode(rejected.status, rejected.json)).toBe(script.rateLimit.code)
    for (const h of script.rateLimit.rejectionHeaders)
      expect(rejected.headers, rejected.text).toHaveProperty(h)
    const wait =
      Number(rejected.headers['retry-after'] ?? 0) * 1000 ||
      script.emulation.rateLimits.buckets[0]!.intervalMs * script.rateLimit.windowScale
    await new Promise((r) => setTimeout(r, wait + 50))
    const after = await sendTo(emulator, script, script.rateLimit.intent())
    expect(after.status, after.text).toBeLessThan(300)
  })
})

describe('Binance', () => {
  it('behavior: weight headers count per IP minute; a client that ignores 429s is banned with 418 (bans grow: rateLimiter.test.ts)', async () => {
    await start(binanceScript, { banAfter: 2 })
    const send = () => sendTo(emulator, binanceScript, binanceScript.rateLimit.intent())
    const used = []
    for (let i = 0; i < 3; i++) used.push((await send()).headers['x-mbx-used-weight-1m'])
    expect(used).toEqual(['20', '40', '60'])
    const first = await send()
    expect(first.status).toBe(429)
    expect(first.json).toEqual({
      code: -1003,
      msg: 'Too much request weight used; current limit is 60 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.',
    })
    expect(first.headers['retry-after']).toBe('1')
    await send()
    const banned = await send()
    expect(banned.status).toBe(418)
    expect(banned.json.code).toBe(-1003)
    expect(banned.json.msg).toMatch(
      /^Way too much request weight used; IP banned until \d+\. Please use WebSocket/,
    )
    // 2 minutes scaled by 1/60: 2 s.
    expect(banned.headers['retry-after']).toBe('2')
    expect((await send()).status).toBe(418)
  })

  it('behavior: new orders count per account in 10 s windows with X-MBX-ORDER-COUNT-10S, and -1015 past the limit', async () => {
    await start(binanceScript, { rateLimitScale: 0.02, rateLimitWindowScale: 0.1 })
    const first = await sendTo(emulator, binanceScript, binanceScript.placeLimit())
    expect(first.headers['x-mbx-order-count-10s']).toBe('1')
    expect(first.headers['x-mbx-order-count-1d']).toBe('1')
    await sendTo(emulator, binanceScript, binanceScript.placeLimit())
    const third = await sendTo(emulator, binanceScript, binanceScript.placeLimit())
    expect(third.status).toBe(429)
    expect(third.json).toEqual({
      code: -1015,
      msg: 'Too many new orders; current limit is 2 orders per 10 SECOND.',
    })
    expect(third.headers).toHaveProperty('retry-after')
  })
})
