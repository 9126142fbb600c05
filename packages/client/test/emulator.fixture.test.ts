import { binance, createBinanceSigner } from '@signet/binance'
import { binanceEmulation } from '@signet/binance/emulate'
import { createClient } from '@signet/client'
import { type Emulator, startEmulator } from '@signet/emulator'
import { afterAll, beforeAll, expect, it } from 'vitest'

const keys = { apiKey: 'fixture-key', secret: 'fixture-secret-valid-on-this-emulator-only' }
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: [binanceEmulation],
    keys: { binance: [keys] },
    clockSkewMs: 2500,
  })
})
afterAll(() => emulator.stop())

const bot = () =>
  createClient({ exchange: binance, signer: createBinanceSigner(keys), baseUrl: emulator.baseUrl('binance') })
const limitBuy = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '0.001',
  price: '20000',
}

it('places, finds and cancels an order on the emulated exchange', async () => {
  const client = bot()
  const order = await client.post<{ orderId: number }>('/api/v3/order', { form: limitBuy })
  const open = await client.get<{ orderId: number }[]>('/api/v3/openOrders', {
    params: { symbol: 'BTCUSDT' },
  })
  expect(open.map((o) => o.orderId)).toContain(order.orderId)
  await client.delete('/api/v3/order', { form: { symbol: 'BTCUSDT', orderId: order.orderId } })
  expect(emulator.orders('binance').at(-1)?.status).toBe('canceled')
})

it('survives a lost answer: the order exists although the response failed', async () => {
  emulator.set({ faults: [{ kind: 'reset', method: 'POST', phase: 'after', times: 1 }] })
  const place = bot().post('/api/v3/order', { form: { ...limitBuy, newClientOrderId: 'lost-answer-1' } })
  await expect(place).rejects.toThrow()
  const found = await bot().get<{ status: string }>('/api/v3/order', {
    params: { symbol: 'BTCUSDT', origClientOrderId: 'lost-answer-1' },
  })
  expect(found.status).toBe('NEW')
})
