import { emulations } from '@signet/exchanges/emulate'
import { beforeAll, describe, expect, it } from 'vitest'
import { type EmulatorKey, issueEmulatorKey } from '../src/_emulatorKeys'
import { buildIntent } from '../src/_intent'
import { envFor, run } from './_run'

// A query pasted from a failing request carries what the signer adds itself; only the exchange's own signing
// parameters (its definition's `signingParams`) are taken out, and any other exchange keeps them as its own.
const byId = (id: string) => emulations.find((e) => e.definition.id === id)!
const pasted = 'symbol=BTCUSDT&timestamp=1700000000000&recvWindow=7000&signature=abc123'

describe('buildIntent: signing parameters come from the definition', () => {
  it('behavior: Binance takes timestamp, recvWindow and signature out of the params and reads them as options', () => {
    const built = buildIntent(byId('binance'), { method: 'GET', path: '/api/v3/account', query: pasted })
    expect(built).toEqual({
      intent: { method: 'GET', path: '/api/v3/account', security: 'signed', params: { symbol: 'BTCUSDT' } },
      timestamp: '1700000000000',
      windowMs: '7000',
      signature: 'abc123',
    })
  })

  it("behavior: OKX signs in headers, so the same names are the request's own params and stay", () => {
    const built = buildIntent(byId('okx'), { method: 'GET', path: '/api/v5/account/balance', query: pasted })
    expect(built).toEqual({
      intent: {
        method: 'GET',
        path: '/api/v5/account/balance',
        security: 'signed',
        params: { symbol: 'BTCUSDT', timestamp: '1700000000000', recvWindow: '7000', signature: 'abc123' },
      },
    })
  })

  it("behavior: Kraken's nonce is taken out of a pasted form and read as the nonce; its other fields stay", () => {
    const built = buildIntent(byId('kraken'), {
      method: 'POST',
      path: '/0/private/Balance',
      form: 'nonce=1700000000000123&timestamp=5',
    })
    expect(built).toEqual({
      intent: { method: 'POST', path: '/0/private/Balance', security: 'signed', form: { timestamp: '5' } },
      nonce: '1700000000000123',
    })
  })
})

describe('signet sign: a pasted query', () => {
  const keys: Record<string, EmulatorKey> = {}
  beforeAll(async () => {
    for (const id of ['binance', 'okx']) keys[id] = (await issueEmulatorKey(byId(id), 'hmac'))!
  })
  const sign = (id: string, path: string) =>
    run(['sign', '--exchange', id, '--path', path, '--query', pasted, '--json'], {
      exchanges: emulations,
      env: envFor(id, keys[id]!.credentials),
    })

  it('behavior: Binance signs with the pasted timestamp and window, each once, and a fresh signature', async () => {
    const { code, stdout } = await sign('binance', '/api/v3/account')
    expect(code).toBe(0)
    const { request, timestamp } = JSON.parse(stdout)
    expect(timestamp).toBe(1_700_000_000_000)
    const query = new URL(request.url).searchParams
    expect(query.getAll('timestamp')).toEqual(['1700000000000'])
    expect(query.getAll('recvWindow')).toEqual(['7000'])
    expect(query.getAll('signature')).toHaveLength(1)
    expect(query.get('signature')).not.toBe('abc123')
  })

  it('behavior: OKX sends the pasted names as they are, signed with the time of the run', async () => {
    const { code, stdout } = await sign('okx', '/api/v5/account/balance')
    expect(code).toBe(0)
    const { request, timestamp } = JSON.parse(stdout)
    expect(timestamp).not.toBe(1_700_000_000_000)
    expect(new URL(request.url).search).toBe(`?${pasted}`)
  })
})
