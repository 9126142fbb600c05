// Issue 20, one vocabulary: the host's environment (the client's `environment`) carries what every request to it
// needs (OKX demo: `x-simulated-trading: 1`), and a caller's windowMs reaches signers that must refuse it.

import { binance, createBinanceSigner } from '@signet/binance'
import { localClock, UnsupportedError } from '@signet/core'
import { exchanges } from '@signet/exchanges'
import { createKucoinSigner, kucoin } from '@signet/kucoin'
import { createOkxSigner, okx } from '@signet/okx'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/index'

// Made-up keys for a capturing fetch; nothing leaves the process.
const apiKey = 'VocabularyTestKey0123456789'
const secret = 'VocabularyTestSecret0123456789ABCDEF'

function capture(answer: string) {
  const sent: Request[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    sent.push(new Request(input, init))
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return { sent, fetch: fetch as typeof globalThis.fetch }
}

describe('environments: the host environment is the client option', () => {
  it("behavior: createClient({ exchange: okx, environment: 'demo' }) sends x-simulated-trading on signed and public requests", async () => {
    const { sent, fetch } = capture('{"code":"0","msg":"","data":[]}')
    const client = createClient({
      exchange: okx,
      environment: 'demo',
      signer: createOkxSigner({ apiKey, secret, passphrase: 'Pass-42' }),
      clock: localClock(),
      fetch,
    })
    await client.get('/api/v5/account/balance', { security: 'signed' })
    await client.get('/api/v5/public/instruments', { params: { instType: 'SPOT' }, security: 'none' })
    expect(sent.map((r) => r.headers.get('x-simulated-trading'))).toEqual(['1', '1'])
    const unsignedClient = createClient({ exchange: okx, environment: 'demo', clock: localClock(), fetch })
    await unsignedClient.get('/api/v5/public/time', { security: 'none' })
    expect(sent[2]!.headers.get('x-simulated-trading')).toBe('1')
  })

  it('default: the live environment sends no demo header', async () => {
    const { sent, fetch } = capture('{"code":"0","msg":"","data":[]}')
    const client = createClient({
      exchange: okx,
      signer: createOkxSigner({ apiKey, secret, passphrase: 'Pass-42' }),
      clock: localClock(),
      fetch,
    })
    await client.get('/api/v5/account/balance', { security: 'signed' })
    expect(sent[0]!.headers.get('x-simulated-trading')).toBeNull()
  })
})

describe('windowMs: one meaning through the client', () => {
  it('behavior: Binance writes the client windowMs as recvWindow', async () => {
    const { sent, fetch } = capture('{}')
    const client = createClient({
      exchange: binance,
      signer: createBinanceSigner({ apiKey, secret }),
      clock: localClock(),
      fetch,
    })
    await client.get('/api/v3/account', { security: 'signed', windowMs: 7000 })
    expect(new URL(sent[0]!.url).searchParams.get('recvWindow')).toBe('7000')
  })

  it('error: KuCoin refuses a windowMs with UnsupportedError and nothing is sent', async () => {
    const { sent, fetch } = capture('{"code":"200000","data":[]}')
    const client = createClient({
      exchange: kucoin,
      signer: createKucoinSigner({ apiKey, secret, passphrase: 'Pass-42' }),
      clock: localClock(),
      fetch,
    })
    await expect(
      client.get('/api/v1/accounts', { security: 'signed', windowMs: 5000 }),
    ).rejects.toBeInstanceOf(UnsupportedError)
    expect(sent).toHaveLength(0)
  })

  it('error: Coinbase (token freshness) refuses a windowMs too, instead of the client dropping it', async () => {
    const { generateKeyPairSync } = await import('node:crypto')
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const { sent, fetch } = capture('{}')
    const coinbase = exchanges.find((e) => e.id === 'coinbase')!
    const client = createClient({
      exchange: coinbase,
      signer: coinbase.createSigner({ apiKey: 'organizations/o/apiKeys/k', privateKey: pem }),
      clock: localClock(),
      fetch,
    })
    await expect(
      client.get('/api/v3/brokerage/accounts', { security: 'signed', windowMs: 5000 }),
    ).rejects.toBeInstanceOf(UnsupportedError)
    expect(sent).toHaveLength(0)
  })
})
