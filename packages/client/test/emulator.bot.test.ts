// A bot's order loop against every emulated exchange, through @signet/client: the emulator's realism checked from
// the caller's side (issue 14). Intents come from the emulator's per-exchange bot scripts.
import { createClient } from '@signet/client'
import { scaleRateLimits } from '@signet/core'
import { type Emulator, startEmulator } from '@signet/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scripts } from '../../emulator/test/scripts'
import { refFor } from '../../emulator/test/scripts/refFor'
import type { BotScript } from '../../emulator/test/scripts/types'

let emulator: Emulator
const SCALE = 100
beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: scripts.map((s) => s.emulation),
    keys: Object.fromEntries(scripts.map((s) => [s.emulation.definition.id, [s.key]])),
    // The loop runs at loopback speed, far above any exchange's order rate: limits stay on, 100 times wider.
    rateLimitScale: SCALE,
  })
})
afterAll(() => emulator.stop())

const clientFor = (script: BotScript) => {
  const { definition } = script.emulation
  // The client's budget paces to the same widened limits (Kraken's real 15 calls per 45 s would take minutes).
  const { rateLimits } = definition
  return createClient({
    exchange: rateLimits
      ? { ...definition, rateLimits: scaleRateLimits(rateLimits, { limit: SCALE }) }
      : definition,
    signer: definition.createSigner(script.credentials),
    baseUrl: emulator.baseUrl(definition.id),
  })
}

describe.each(scripts)('a bot loop against the emulated $emulation.definition.id', (script) => {
  it.each([true, false])(
    'behavior: place → query → list open → cancel, 100 times (client ids: %s)',
    async (withClientIds) => {
      const client = clientFor(script)
      const id = script.emulation.definition.id
      const before = emulator.orders(id).length
      for (let i = 0; i < 100; i++) {
        const clientOrderId = withClientIds ? script.clientOrderId((Date.now() % 1e7) * 100 + i) : undefined
        const placed = await client.request(script.placeLimit(clientOrderId))
        const orderId = script.placedId(placed)
        // By client id where the exchange can name orders so (the emulation says; Coinbase cannot).
        const order = { id: orderId, clientOrderId }
        expect(script.status(await client.request(script.query(refFor(script, 'query', order))))).toBe(
          script.statuses.open,
        )
        expect(script.openIds(await client.request(script.open()))).toContain(orderId)
        await client.request(script.cancel(refFor(script, 'cancel', order)))
        expect(script.status(await client.request(script.query({ id: orderId })))).toBe(
          script.statuses.canceled,
        )
      }
      const placed = emulator.orders(id).slice(before)
      expect(placed).toHaveLength(100)
      expect(new Set(placed.map((o) => o.id)).size).toBe(100)
      expect(placed.every((o) => o.status === 'canceled')).toBe(true)
      expect(script.openIds(await client.request(script.open()))).toEqual([])
    },
  )

  it('behavior: a market order fills at the configured price and moves the balances', async () => {
    const client = clientFor(script)
    const placed = await client.request(script.placeMarket())
    const order = await client.request(script.query({ id: script.placedId(placed) }))
    expect(script.status(order)).toBe(script.statuses.filled)
  })
})
