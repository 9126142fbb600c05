import type { RequestIntent } from '@signet/core'
import { cloidOf, hyperliquid } from '@signet/hyperliquid'
import { hyperliquidEmulation, hyperliquidExamples } from '@signet/hyperliquid/emulate'
import { hyperliquidVerification } from '@signet/hyperliquid/verify'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'

// Hyperliquid serves every read at POST /info and every action at POST /exchange: the examples differ only by the
// body's `type` / `action.type`.
const { credentials, verifierKey } = hyperliquidVerification.testKey!()
const signer = hyperliquid.createSigner(credentials)
let emulator: Emulator
afterEach(() => emulator?.stop())

let nonce = 1n
async function send(intent: RequestIntent) {
  const signed = await signer.sign(intent, { nonce: BigInt(emulator.serverTime('hyperliquid')) + nonce++ })
  const res = await fetch(emulator.baseUrl('hyperliquid') + signed.url, {
    method: signed.method,
    headers: signed.headers,
    body: signed.body,
  })
  return JSON.parse(await res.text()) as Record<string, any>
}

describe('routes that share a method and path', () => {
  it('behavior: the declared routes choose by the body field (account noop, place, cancel)', async () => {
    emulator = await startEmulator({
      exchanges: [hyperliquidEmulation],
      keys: { hyperliquid: [verifierKey] },
    })
    const time = await send(hyperliquid.products.api!.serverTime)
    expect(Math.abs(time.time - Date.now())).toBeLessThan(5000)
    expect(await send(hyperliquidExamples.account)).toEqual({ status: 'ok', response: { type: 'default' } })
    expect(await send(hyperliquidExamples.placeOrder('shared-1'))).toMatchObject({
      status: 'ok',
      response: { type: 'order', data: { statuses: [{ resting: { oid: expect.any(Number) } }] } },
    })
    expect(await send(hyperliquidExamples.cancelOrder('shared-1'))).toEqual({
      status: 'ok',
      response: { type: 'cancel', data: { statuses: ['success'] } },
    })
    expect(emulator.orders('hyperliquid')).toMatchObject([
      { clientOrderId: cloidOf('shared-1'), status: 'canceled' },
    ])
  })
})
