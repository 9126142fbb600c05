// Issue 20: an exchange's own sign options reach its signer through the client's request options.

import { binance, createBinanceSigner } from '@signet/binance'
import { localClock } from '@signet/core'
import { createOkxSigner, okx } from '@signet/okx'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/index'

// Made-up keys for a capturing fetch; nothing leaves the process.
const apiKey = 'SignOptionsTestKey0123456789'
const secret = 'SignOptionsTestSecret0123456789ABCDEF'

function capture(answer: string) {
  const sent: Request[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    sent.push(new Request(input, init))
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return { sent, fetch: fetch as typeof globalThis.fetch }
}

const okxClient = (fetch: typeof globalThis.fetch) =>
  createClient({
    exchange: okx,
    signer: createOkxSigner({ apiKey, secret, passphrase: 'Pass-42' }),
    clock: localClock(),
    fetch,
  })
const binanceClient = (fetch: typeof globalThis.fetch) =>
  createClient({
    exchange: binance,
    signer: createBinanceSigner({ apiKey, secret }),
    clock: localClock(),
    fetch,
  })

describe('sign options through the client', () => {
  it("args: sign.expTime reaches OKX's signer as the expTime header", async () => {
    const { sent, fetch } = capture('{"code":"0","msg":"","data":[]}')
    const client = okxClient(fetch)
    const expTime = Date.now() + 5000
    await client.request(
      { method: 'POST', path: '/api/v5/trade/order', body: { instId: 'BTC-USDT' }, security: 'signed' },
      { sign: { expTime } },
    )
    expect(sent[0]!.headers.get('expTime')).toBe(String(expTime))
  })

  it('default: without sign options OKX gets no expTime header', async () => {
    const { sent, fetch } = capture('{"code":"0","msg":"","data":[]}')
    const client = okxClient(fetch)
    await client.request({ method: 'GET', path: '/api/v5/account/balance', security: 'signed' })
    expect(sent[0]!.headers.get('expTime')).toBeNull()
  })

  it("args: sign.timeUnit 'us' reaches Binance's signer (a microsecond timestamp on the wire)", async () => {
    const { sent, fetch } = capture('{}')
    const client = binanceClient(fetch)
    await client.request(
      { method: 'GET', path: '/api/v3/account', security: 'signed' },
      { sign: { timeUnit: 'us' } },
    )
    await client.request({ method: 'GET', path: '/api/v3/account', security: 'signed' })
    const timestamps = sent.map((r) => new URL(r.url).searchParams.get('timestamp'))
    expect(timestamps[0]).toMatch(/^\d{16}$/)
    expect(timestamps[1]).toMatch(/^\d{13}$/)
  })

  it('behavior: a sign option cannot replace the timestamp the runtime chose', async () => {
    const { sent, fetch } = capture('{}')
    const client = binanceClient(fetch)
    const sign = { timestamp: 1_000_000_000_000 } as { timeUnit?: 'ms' }
    await client.request({ method: 'GET', path: '/api/v3/account', security: 'signed' }, { sign })
    const timestamp = Number(new URL(sent[0]!.url).searchParams.get('timestamp'))
    expect(Math.abs(timestamp - Date.now())).toBeLessThan(60_000)
  })
})
