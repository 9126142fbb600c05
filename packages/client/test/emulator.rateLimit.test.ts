// A bot that honours Retry-After recovers from every emulated exchange's rate limit (issue 14).

import { createClient } from '@signet/client'
import { isSignetError } from '@signet/core'
import { type Emulator, startEmulator } from '@signet/emulator'
import { afterEach, describe, expect, it } from 'vitest'
import { scripts } from '../../emulator/test/scripts'

let emulator: Emulator
afterEach(() => emulator?.stop())

describe.each(scripts)('rate limits of the emulated $emulation.definition.id', (script) => {
  it('behavior: a bot that waits as the RateLimitError says gets every request through, and is never banned', async () => {
    const { definition } = script.emulation
    emulator = await startEmulator({
      exchanges: [script.emulation],
      keys: { [definition.id]: [script.key] },
      rateLimitScale: script.rateLimit.scale,
      rateLimitWindowScale: script.rateLimit.windowScale,
    })
    const client = createClient({
      exchange: definition,
      signer: definition.createSigner(script.credentials),
      baseUrl: emulator.baseUrl(definition.id),
      // The exchange's answer is what is under test: no budget pacing in front of it (Kraken's own counter,
      // 15 calls draining 0.33 per second, would hold the bot back before the emulator could refuse it).
      budget: false,
    })
    const waits: number[] = []
    let done = 0
    while (done < 12) {
      try {
        await client.request(script.rateLimit.intent())
        done++
      } catch (error) {
        if (!isSignetError(error) || error.name !== 'RateLimitError') throw error
        // Retry-After (or the exchange's reset header) when the exchange sent one; a second otherwise.
        const wait = (error as { retryAfterMs?: number }).retryAfterMs ?? 1000
        waits.push(wait)
        expect(waits.length).toBeLessThan(20)
        await new Promise((resolve) => setTimeout(resolve, wait + 20))
      }
    }
    expect(waits.length).toBeGreaterThan(0)
    const statuses = emulator.requests().map((r) => r.status)
    expect(statuses).not.toContain(418)
    expect(emulator.requests().filter((r) => String(r.code) === script.rateLimit.code).length).toBe(
      waits.length,
    )
  })
})
