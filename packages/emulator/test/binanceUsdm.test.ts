// Binance spot and USDⓈ-M futures on one emulated exchange and key: routes with `book: 'usdm'` keep their own ledger.
import { afterEach, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'
import { sendTo } from './_send'
import { binanceScript as spot } from './scripts/binance'
import { binanceUsdmScript as usdm } from './scripts/binanceUsdm'

let emulator: Emulator
afterEach(() => emulator?.stop())

it('behavior: a spot order is not a futures order, and futures margin is not the spot balance', async () => {
  emulator = await startEmulator({
    exchanges: [spot.emulation],
    keys: { binance: [spot.key] },
    rateLimits: false,
  })
  const spotOrder = spot.placedId((await sendTo(emulator, spot, spot.placeLimit('same-id'))).json)
  // The same client id on the other ledger is no duplicate.
  const futuresAnswer = await sendTo(emulator, usdm, usdm.placeLimit('same-id'))
  expect(futuresAnswer.status, futuresAnswer.text).toBe(200)
  const futuresOrder = usdm.placedId(futuresAnswer.json)
  expect(spot.openIds((await sendTo(emulator, spot, spot.open())).json)).toEqual([spotOrder])
  expect(usdm.openIds((await sendTo(emulator, usdm, usdm.open())).json)).toEqual([futuresOrder])
  // Spot cannot cancel the futures order by its id.
  const cross = await sendTo(emulator, spot, spot.cancel({ id: futuresOrder }))
  expect(cross.json.code).toBe(-2011)
  const usdt = (await sendTo(emulator, usdm, usdm.balances())).json.find(
    (b: { asset: string }) => b.asset === 'USDT',
  )
  // Each ledger holds 20 USDT for its own order only.
  expect(usdt.balance).toBe('1000000.00000000')
  expect(usdt.availableBalance).toBe('999980.00000000')
})

it('behavior: USDⓈ-M orders count in their own buckets (X-MBX-ORDER-COUNT-1M), not the spot ones', async () => {
  emulator = await startEmulator({ exchanges: [spot.emulation], keys: { binance: [spot.key] } })
  const placed = await sendTo(emulator, usdm, usdm.placeLimit())
  expect(placed.headers['x-mbx-order-count-1m']).toBe('1')
  expect(placed.headers['x-mbx-order-count-10s']).toBe('1')
  expect(placed.headers).not.toHaveProperty('x-mbx-order-count-1d')
  const query = await sendTo(emulator, usdm, usdm.query({ id: usdm.placedId(placed.json) }))
  expect(query.headers['x-mbx-used-weight-1m']).toBe('1')
  const spotQuery = await sendTo(emulator, spot, spot.query({ id: '999999' }))
  expect(spotQuery.headers['x-mbx-used-weight-1m']).toBe('4')
})
