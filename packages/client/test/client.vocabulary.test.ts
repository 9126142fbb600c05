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
      signer: createOkxSigner({ apiKey, secret, passphrase: 'Pass-42', keyEnvironment: 'demo' }),
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

describe('key environments: a key is sent only to the hosts of its environment', () => {
  const hyperliquid = exchanges.find((e) => e.id === 'hyperliquid')!
  // A made-up wallet key; nothing leaves the process.
  const privateKey = `0x${'5a'.repeat(32)}`
  const refusal = (create: () => unknown) => {
    try {
      create()
    } catch (error) {
      return error as Error & { name: string; hint?: string; parameter?: string }
    }
    throw new Error('createClient accepted a key of another environment')
  }

  it('error: an OKX live key in demo trading, a demo key on live and a Hyperliquid mainnet key on testnet are refused at createClient, saying what fits', () => {
    const { sent, fetch } = capture('{}')
    const live = createOkxSigner({ apiKey, secret, passphrase: 'Pass-42' })
    const demo = createOkxSigner({ apiKey, secret, passphrase: 'Pass-42', keyEnvironment: 'demo' })
    const cases = [
      { exchange: okx, environment: 'demo', signer: live },
      { exchange: okx, environment: 'eea-demo', signer: live },
      { exchange: okx, environment: 'live', signer: demo },
      { exchange: okx, environment: 'us', signer: demo },
      {
        exchange: hyperliquid,
        environment: 'testnet',
        signer: hyperliquid.createSigner({ apiKey: '', privateKey }),
      },
      {
        exchange: hyperliquid,
        environment: 'live',
        signer: hyperliquid.createSigner({ apiKey: '', privateKey, keyEnvironment: 'testnet' }),
      },
    ]
    const messages = cases.map((c) => {
      const error = refusal(() => createClient({ ...c, clock: localClock(), fetch } as never))
      expect(error.name).toBe('InvalidParameterError')
      expect(error.message).toContain(`environment "${c.environment}"`)
      expect(error.hint).toMatch(/^Nothing was sent\. For this key, create the client with environment "/)
      expect(error.message).not.toContain(secret)
      return error.message
    })
    expect(messages[0]).toBe(
      'Invalid parameter "signer": expected a demo key (environment "demo" accepts no other), received a signer of a live key.\n' +
        'Hint: Nothing was sent. For this key, create the client with environment "live", "eea" or "us"; for "demo", use a key created in demo (its signer made with keyEnvironment: \'demo\').',
    )
    expect(messages[4]).toContain(
      'expected a testnet key (environment "testnet" accepts no other), received a signer of a mainnet key',
    )
    expect(sent).toEqual([])
  })

  it('behavior: matching keys, hosts that take either (OKX openapi) and signers that name no key environment are accepted', async () => {
    const { sent, fetch } = capture('{"code":"0","msg":"","data":[]}')
    const demo = createOkxSigner({ apiKey, secret, passphrase: 'Pass-42', keyEnvironment: 'demo' })
    const accepted = [
      { exchange: okx, environment: 'us-demo', signer: demo },
      { exchange: okx, environment: 'openapi', signer: demo },
      {
        exchange: okx,
        environment: 'openapi',
        signer: createOkxSigner({ apiKey, secret, passphrase: 'Pass-42' }),
      },
      {
        exchange: hyperliquid,
        environment: 'testnet',
        signer: hyperliquid.createSigner({ apiKey: '', privateKey, keyEnvironment: 'testnet' }),
      },
      { exchange: binance, environment: 'testnet', signer: createBinanceSigner({ apiKey, secret }) },
    ]
    for (const c of accepted)
      expect(() => createClient({ ...c, clock: localClock(), fetch } as never)).not.toThrow()
    // The demo key in demo trading is sent, with the demo header the signer and the environment both require.
    await createClient({ exchange: okx, environment: 'demo', signer: demo, clock: localClock(), fetch }).get(
      '/api/v5/account/balance',
      { security: 'signed' },
    )
    expect(sent.map((r) => r.headers.get('x-simulated-trading'))).toEqual(['1'])
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
