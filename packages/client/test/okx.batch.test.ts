// Issue 20: partial batch results are returned, never thrown away; an error keeps the (redacted) answer.

import { readFileSync } from 'node:fs'
import { createClient } from '@signet/client'
import { isExchangeError, isSignetError } from '@signet/core'
import { type Emulator, startEmulator } from '@signet/emulator'
import { emulations } from '@signet/exchanges/emulate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shapeDiff } from '../../emulator/test/_send'

const apiKey = '5a8d2e4c-1b3f-4e6a-9c7d-0f1e2d3c4b5a'
const secret = 'OKXBATCH0123456789ABCDEF01234567'
const passphrase = 'Batch-Pass-42'
const okxEmulation = emulations.find((e) => e.definition.id === 'okx')!
const createOkxSigner = okxEmulation.definition.createSigner
let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: [okxEmulation],
    keys: { okx: [{ apiKey, secret, passphrase }] },
  })
})
afterAll(() => emulator.stop())

const client = () =>
  createClient({
    exchange: okxEmulation.definition,
    signer: createOkxSigner({ apiKey, secret, passphrase }),
    baseUrl: emulator.baseUrl('okx'),
  })
const order = (clOrdId: string, sz = '0.001') => ({
  instId: 'BTC-USDT',
  tdMode: 'cash',
  clOrdId,
  side: 'buy',
  ordType: 'limit',
  px: '20000',
  sz,
})
const fixture = (name: string): { source: string; example: unknown } =>
  JSON.parse(readFileSync(new URL(`../../okx/test/fixtures/emulate/${name}.json`, import.meta.url), 'utf8'))
type Row = { clOrdId: string; ordId: string; sCode: string; sMsg: string }
type Envelope = { code: string; msg: string; data: Row[] }

describe('an OKX batch through the client', () => {
  it('behavior: a half-failing batch (code "2") resolves with every row: the placed orders\' ids and the refusal', async () => {
    const answer = await client().post<Envelope>('/api/v5/trade/batch-orders', {
      json: [
        order('batchA1'),
        order('batchA2', '999999'), // more than the account's USDT: refused with 51008
        order('batchA3'),
      ],
    })
    expect(answer.code).toBe('2')
    const [first, refused, third] = answer.data
    expect(first).toMatchObject({ clOrdId: 'batchA1', sCode: '0' })
    expect(third).toMatchObject({ clOrdId: 'batchA3', sCode: '0' })
    expect(refused).toMatchObject({ clOrdId: 'batchA2', ordId: '', sCode: '51008' })
    const placed = emulator.orders('okx').filter((o) => o.clientOrderId.startsWith('batchA'))
    expect(placed.map((o) => o.id).sort()).toEqual([first!.ordId, third!.ordId].sort())
    expect(first!.ordId).not.toBe(third!.ordId)
    // The emulated answer has the documented shape (docs/spec/okx.md "Batch orders").
    expect(shapeDiff(fixture('batch-orders-partial').example, answer)).toEqual([])
  })

  it('default: a batch that all succeeds (code "0") answers as the docs show', async () => {
    const answer = await client().post<Envelope>('/api/v5/trade/batch-orders', {
      json: [order('batchC1'), order('batchC2')],
    })
    expect(answer.code).toBe('0')
    expect(answer.data.map((row) => row.sCode)).toEqual(['0', '0'])
    expect(shapeDiff(fixture('batch-orders').example, answer)).toEqual([])
  })

  it('behavior: an item missing a field is refused on its own row (51000); a batch of 21 is refused whole', async () => {
    const c = client()
    const { sz: _, ...noSize } = order('batchD2')
    const answer = await c.post<Envelope>('/api/v5/trade/batch-orders', { json: [order('batchD1'), noSize] })
    expect(answer.code).toBe('2')
    expect(answer.data.map((row) => [row.clOrdId, row.sCode, row.sMsg])).toEqual([
      ['batchD1', '0', ''],
      ['batchD2', '51000', 'Parameter sz error'],
    ])
    const before = emulator.orders('okx').length
    const many = Array.from({ length: 21 }, (_, i) => order(`batchE${i}`))
    const error = await c.post('/api/v5/trade/batch-orders', { json: many }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'exchange', code: '51000', status: 400 })
    expect(emulator.orders('okx').length).toBe(before)
  })

  it('error: a batch where every order fails (code "1") throws, and the error keeps the rows and the response', async () => {
    const c = client()
    await c.post('/api/v5/trade/batch-orders', { json: [order('batchB1')] })
    const error = await c
      .post('/api/v5/trade/batch-orders', { json: [order('batchB1'), order('batchB2', '999999')] })
      .catch((e: unknown) => e)
    expect(isExchangeError(error)).toBe(true)
    if (!isSignetError(error, 'exchange')) throw error
    expect(error.code).toBe('51016')
    expect(error.data).toMatchObject({
      code: '1',
      data: [
        { clOrdId: 'batchB1', sCode: '51016' },
        { clOrdId: 'batchB2', sCode: '51008' },
      ],
    })
    expect(error.response?.status).toBe(200)
    expect(error.response?.headers['content-type']).toContain('application/json')
    const kept = JSON.stringify({ data: error.data, response: error.response })
    for (const value of [apiKey, secret, passphrase]) expect(kept).not.toContain(value)
  })

  it('error: a refused signature keeps the answer, with the code as text', async () => {
    const wrong = createClient({
      exchange: okxEmulation.definition,
      signer: createOkxSigner({ apiKey, secret: `${secret.slice(0, -1)}X`, passphrase }),
      baseUrl: emulator.baseUrl('okx'),
    })
    const error = await wrong.get('/api/v5/account/balance').catch((e: unknown) => e)
    expect(isSignetError(error, 'invalid-signature')).toBe(true)
    expect(error).toMatchObject({ kind: 'invalid-signature', code: '50113', data: { code: '50113' } })
    expect((error as { response: { status: number } }).response.status).toBe(401)
  })
})
