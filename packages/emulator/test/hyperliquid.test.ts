// Hyperliquid's emulation beyond the shared bot script: /info weights by type, the perps account, the err envelope,
// agent wallets acting for their account, and the noop the account example sends.
import { readFileSync } from 'node:fs'
import { createHyperliquidSigner } from '@signet/hyperliquid'
import { hyperliquidExamples } from '@signet/hyperliquid/emulate'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator, StartEmulatorOptions } from '../src/types'
import { sendTo, shapeDiff } from './_send'
import { hyperliquidScript as script } from './scripts/hyperliquid'

let emulator: Emulator
afterEach(() => emulator?.stop())

const start = async (options: Partial<StartEmulatorOptions> = {}) => {
  emulator = await startEmulator({
    exchanges: [script.emulation],
    keys: { hyperliquid: [script.key] },
    rateLimits: false,
    ...options,
  })
  return emulator
}
const send = (intent: Parameters<typeof sendTo>[2]) => sendTo(emulator, script, intent)
const user = script.key.apiKey
const info = (type: string, fields: Record<string, unknown> = {}) => ({
  method: 'POST' as const,
  path: '/info',
  body: { type, user, ...fields },
  security: 'none' as const,
})
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`${name}.json`, script.fixtures), 'utf8')) as {
    source: string
    example: unknown
  }

describe('the emulated Hyperliquid', () => {
  it('behavior: accounts start with USDC (the emulation’s own balances), and a resting buy holds its cost', async () => {
    await start()
    await send(script.placeLimit())
    const spot = await send(info('spotClearinghouseState'))
    const usdc = spot.json.balances.find((b: { coin: string }) => b.coin === 'USDC')
    expect(usdc).toEqual({ coin: 'USDC', token: 0, hold: '20', total: '1000000', entryNtl: '0.0' })
    expect(spot.json.balances.map((b: { coin: string }) => b.coin)).not.toContain('USDT')
    const perp = await send(info('clearinghouseState'))
    expect(shapeDiff(fixture('clearinghouse').example, perp.json)).toEqual([])
    expect(perp.json.withdrawable).toBe('999980')
    expect(perp.json.marginSummary.totalMarginUsed).toBe('20')
  })

  it('error: a refused action answers {"status":"err","response":…}; an unknown asset and an unknown signer', async () => {
    await start()
    const envelope = fixture('error').example
    const badAsset = await send({
      method: 'POST',
      path: '/exchange',
      body: {
        action: {
          type: 'order',
          orders: [{ a: 9999, b: true, p: '1', s: '100', r: false, t: { limit: { tif: 'Gtc' } } }],
          grouping: 'na',
        },
      },
      security: 'signed',
    })
    expect(shapeDiff(envelope, badAsset.json)).toEqual([])
    expect(badAsset.json).toEqual({ status: 'err', response: 'Invalid asset' })
    const stranger = createHyperliquidSigner({ privateKey: `0x${'22'.repeat(32)}` })
    const signed = await stranger.sign(script.placeLimit(), {
      nonce: BigInt(emulator.serverTime('hyperliquid')),
    })
    const res = await fetch(emulator.baseUrl('hyperliquid') + signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    })
    const body = (await res.json()) as { response: string }
    expect(shapeDiff(envelope, body)).toEqual([])
    expect(body.response).toBe(`User or API Wallet ${stranger.address} does not exist.`)
    expect(emulator.orders('hyperliquid')).toEqual([])
  })

  it('behavior: an API wallet places orders for its master account, which /info reads name', async () => {
    const agentKey = `0x${'33'.repeat(32)}`
    const agent = createHyperliquidSigner({ privateKey: agentKey })
    await start({ keys: { hyperliquid: [script.key, { apiKey: agent.address, account: user } as never] } })
    const signed = await agent.sign(script.placeLimit(script.clientOrderId(7)), {
      nonce: BigInt(emulator.serverTime('hyperliquid')),
    })
    const placed = await fetch(emulator.baseUrl('hyperliquid') + signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    }).then((r) => r.json() as Promise<any>)
    const oid = placed.response.data.statuses[0].resting.oid
    const open = await send(info('openOrders'))
    expect(open.json.map((o: { oid: number }) => o.oid)).toEqual([oid])
    expect(open.json[0].cloid).toBe(script.clientOrderId(7))
  })

  it('behavior: the account example (noop) is answered {"status":"ok","response":{"type":"default"}}', async () => {
    await start()
    const intent = hyperliquidExamples!.account
    const answer = await send(intent)
    expect(answer.json).toEqual({ status: 'ok', response: { type: 'default' } })
  })

  it('behavior: /info reads weigh by type: openOrders 20, orderStatus 2 of the per-IP 1200 (scaled to 60)', async () => {
    await start({ rateLimits: true, rateLimitScale: 0.05, rateLimitWindowScale: 1 / 60 })
    // Start at the beginning of a (1 s) window so each burst fits in one.
    const align = async () => {
      const now = emulator.serverTime('hyperliquid')
      await new Promise((r) => setTimeout(r, 1000 - (now % 1000) + 5))
    }
    await align()
    const heavy = []
    for (let i = 0; i < 4; i++) heavy.push(await send(info('openOrders')))
    expect(heavy.map((a) => a.status)).toEqual([200, 200, 200, 429])
    expect(heavy[3]!.text).toBe('Too many requests')
    await align()
    const light = []
    for (let i = 0; i < 31; i++) light.push((await send(info('orderStatus', { oid: 1 }))).status)
    expect(light.slice(0, 30).every((s) => s === 200)).toBe(true)
    expect(light[30]).toBe(429)
  })
})

describe('what the emulated Hyperliquid does not serve', () => {
  it('error: an /info type or an action it does not serve is refused, never answered by another route', async () => {
    await start()
    const meta = await send(info('meta'))
    expect(meta.status).toBe(422)
    expect(meta.text).toBe(
      'Failed to deserialize the JSON body into the target type: the emulator does not serve info type `meta`',
    )
    const schedule = await send({
      method: 'POST',
      path: '/exchange',
      body: { action: { type: 'scheduleCancel' } },
      security: 'signed',
    })
    expect(schedule.json).toEqual({
      status: 'err',
      response: 'The emulator does not serve scheduleCancel actions',
    })
    const trigger = await send({
      method: 'POST',
      path: '/exchange',
      body: {
        action: {
          type: 'order',
          orders: [
            {
              a: 0,
              b: false,
              p: '20000',
              s: '0.001',
              r: true,
              t: { trigger: { isMarket: true, triggerPx: '20000', tpsl: 'sl' } },
            },
          ],
          grouping: 'na',
        },
      },
      security: 'signed',
    })
    expect(trigger.json.response.data.statuses).toEqual([
      { error: 'The emulator does not serve trigger orders.' },
    ])
  })
})

describe('faults on the emulated Hyperliquid', () => {
  it('behavior: a time fault reaches exchangeStatus (its time, on /info) and not the other /info reads', async () => {
    await start({ faults: [{ kind: 'time-offset', offsetMs: 3_600_000 }] })
    const before = Date.now()
    const time = await send(script.time())
    expect(time.json.time - before).toBeGreaterThan(3_500_000)
    const open = await send(info('openOrders'))
    expect(open.json).toEqual([])
  })
})
