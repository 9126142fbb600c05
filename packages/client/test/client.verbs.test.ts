// Issue 20: get/post/put/delete(path, { params | form | json, security, ... }) place parameters where the
// definition says, and refuse the old positional shape and a body in the wrong place before anything is sent.

import { binance, createBinanceSigner } from '@signet/binance'
import { localClock } from '@signet/core'
import { createOkxSigner, okx } from '@signet/okx'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/index'

// Made-up keys for a capturing fetch; nothing leaves the process.
const apiKey = 'VerbsTestKey0123456789'
const secret = 'VerbsTestSecret0123456789ABCDEF'

function capture(answer: string) {
  const sent: { method: string; url: URL; headers: Headers; body: string }[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init)
    sent.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.text(),
    })
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return { sent, fetch: fetch as typeof globalThis.fetch }
}
const clients = () => {
  const b = capture('{}')
  const o = capture('{"code":"0","msg":"","data":[]}')
  return {
    binance: createClient({
      exchange: binance,
      signer: createBinanceSigner({ apiKey, secret }),
      clock: localClock(),
      fetch: b.fetch,
    }),
    okx: createClient({
      exchange: okx,
      signer: createOkxSigner({ apiKey, secret, passphrase: 'Pass-42' }),
      clock: localClock(),
      fetch: o.fetch,
    }),
    sentBinance: b.sent,
    sentOkx: o.sent,
  }
}

describe('client verbs', () => {
  it('default: Binance POST puts form in the body and params in the query, signed', async () => {
    const c = clients()
    await c.binance.post('/api/v3/order', { form: { symbol: 'BTCUSDT', side: 'BUY' }, params: { test: 'x' } })
    const [request] = c.sentBinance
    expect(request!.method).toBe('POST')
    expect(request!.url.searchParams.get('test')).toBe('x')
    expect(request!.body).toMatch(
      /^symbol=BTCUSDT&side=BUY&recvWindow=5000&timestamp=\d+&signature=[0-9a-f]{64}$/,
    )
    expect(request!.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
  })

  it('default: OKX POST sends a JSON array (a batch) as the body; GET sends params as the query', async () => {
    const c = clients()
    await c.okx.post('/api/v5/trade/batch-orders', { json: [{ instId: 'BTC-USDT' }, { instId: 'ETH-USDT' }] })
    await c.okx.get('/api/v5/account/balance', { params: { ccy: 'BTC' } })
    expect(c.sentOkx[0]!.body).toBe('[{"instId":"BTC-USDT"},{"instId":"ETH-USDT"}]')
    expect(c.sentOkx[1]!.url.search).toBe('?ccy=BTC')
    expect(c.sentOkx[1]!.headers.get('OK-ACCESS-SIGN')).toBeTruthy()
  })

  it("args: security 'none' sends a public request unsigned; delete and put put the form in the body", async () => {
    const c = clients()
    await c.binance.get('/api/v3/time', { security: 'none' })
    await c.binance.delete('/api/v3/order', { form: { symbol: 'BTCUSDT', orderId: 7 } })
    await c.binance.put('/api/v3/userDataStream', { form: { listenKey: 'k' } })
    expect(c.sentBinance[0]!.url.search).toBe('')
    expect(c.sentBinance[1]!.method).toBe('DELETE')
    expect(c.sentBinance[1]!.body).toMatch(/^symbol=BTCUSDT&orderId=7&recvWindow=5000&timestamp=/)
    expect(c.sentBinance[2]).toMatchObject({
      method: 'PUT',
      body: expect.stringMatching(/^listenKey=k&recvWindow=5000/),
    })
  })

  it('error: the old positional shape is refused before anything is sent, naming the stray keys', async () => {
    const c = clients()
    const post = c.binance.post as (path: string, ...rest: unknown[]) => Promise<unknown>
    await expect(post('/api/v3/order', { symbol: 'BTCUSDT', side: 'BUY' })).rejects.toMatchObject({
      kind: 'invalid-parameter',
      field: 'options',
      message: expect.stringContaining('key symbol, side'),
      request: 'POST /api/v3/order',
    })
    const okxPost = c.okx.post as (path: string, ...rest: unknown[]) => Promise<unknown>
    await expect(okxPost('/api/v5/trade/batch-orders', [{ instId: 'BTC-USDT' }])).rejects.toMatchObject({
      kind: 'invalid-parameter',
      message: expect.stringContaining('received an array'),
    })
    expect(c.sentBinance).toHaveLength(0)
    expect(c.sentOkx).toHaveLength(0)
  })

  it('error: a body where the exchange does not take one is refused before anything is sent', async () => {
    const c = clients()
    const post = c.binance.post as (path: string, options: object) => Promise<unknown>
    await expect(post('/api/v3/order', { json: [{ symbol: 'BTCUSDT' }] })).rejects.toMatchObject({
      kind: 'invalid-parameter',
      field: 'json',
      hint: "Binance takes this request's parameters as form.",
    })
    const okxPost = c.okx.post as (path: string, options: object) => Promise<unknown>
    await expect(okxPost('/api/v5/trade/order', { form: { instId: 'BTC-USDT' } })).rejects.toMatchObject({
      field: 'form',
    })
    const get = c.okx.get as (path: string, options: object) => Promise<unknown>
    await expect(get('/api/v5/account/balance', { json: { ccy: 'BTC' } })).rejects.toMatchObject({
      field: 'json',
    })
    expect(c.sentBinance).toHaveLength(0)
    expect(c.sentOkx).toHaveLength(0)
  })
})
