import type { RequestIntent } from '@signet/core'
import { hyperliquid } from '@signet/hyperliquid'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'

// Hyperliquid serves every read at POST /info and every action at POST /exchange: the examples differ only by the
// body's `type` / `action.type`.
const { credentials, verifierKey } = hyperliquid.testKey!()
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
  it('behavior: choose by the body field that tells their examples apart (account noop, place, cancel)', async () => {
    emulator = await startEmulator({ exchanges: [hyperliquid], keys: { hyperliquid: [verifierKey] } })
    const time = await send(hyperliquid.products.api!.serverTime)
    expect(Math.abs(time.time - Date.now())).toBeLessThan(5000)
    expect(await send(hyperliquid.examples.account)).toEqual({ status: 'ok', response: { type: 'default' } })
    expect(await send(hyperliquid.examples.placeOrder('shared-1'))).toMatchObject({
      status: 'ok',
      response: { type: 'order', data: { statuses: [{ resting: { oid: 1 } }] } },
    })
    expect(await send(hyperliquid.examples.cancelOrder('shared-1'))).toEqual({
      status: 'ok',
      response: { type: 'cancel', data: { statuses: ['success'] } },
    })
    expect(emulator.orders('hyperliquid')).toMatchObject([{ clientOrderId: 'shared-1', status: 'canceled' }])
  })
})
