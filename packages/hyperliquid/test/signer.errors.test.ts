import { CredentialFormatError, InvalidParameterError, type RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createHyperliquidSigner, toHyperliquidDecimal } from '../src/index'

const KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' // made up for this test
const signer = createHyperliquidSigner({ privateKey: KEY })
const order = (wire: Record<string, unknown>, extra: Record<string, unknown> = {}): RequestIntent => ({
  method: 'POST',
  path: '/exchange',
  body: { action: { type: 'order', orders: [wire], grouping: 'na', ...extra } as never },
  security: 'signed',
})
const base = { a: 0, b: true, p: '100', s: '1', r: false, t: { limit: { tif: 'Gtc' } } }
const refusal = (intent: RequestIntent) => {
  try {
    signer.signSync!(intent, { nonce: 1_700_000_000_000n })
  } catch (error) {
    return error
  }
  throw new Error('signed')
}
const field = (intent: RequestIntent) => {
  const error = refusal(intent)
  expect(error).toBeInstanceOf(InvalidParameterError)
  return (error as InvalidParameterError).field
}

describe('wire rules: refused before anything is signed, naming the field', () => {
  it('error: a price as a JS number (a float on the wire, a different hash)', () => {
    expect(field(order({ ...base, p: 100.5 }))).toBe('action.orders[0].p')
    expect(String(refusal(order({ ...base, p: 100.5 })))).toMatchInlineSnapshot(`
      "InvalidParameterError: Invalid parameter "action.orders[0].p": expected a decimal string with at most 8 decimals, received the number 100.5.
      Hint: Write prices and sizes as decimal strings with at most 8 decimals (toHyperliquidDecimal formats a number the way the SDKs do)."
    `)
  })

  it('error: a size with more than 8 decimals (Hyperliquid would round it)', () => {
    expect(field(order({ ...base, s: '0.000000001' }))).toBe('action.orders[0].s')
  })

  it('error: negative, exponent and signed decimals', () => {
    for (const p of ['-1', '1e3', '+1', '.5', '5.', ' 1'])
      expect(field(order({ ...base, p }))).toBe('action.orders[0].p')
  })

  it('error: order wire members out of order (a, b, p, s, r, t, c)', () => {
    const { a, b, p, s, r, t } = base
    const error = refusal(order({ a, b, s, p, r, t })) as InvalidParameterError
    expect(error.field).toBe('action.orders[0].p')
    expect(error.shortMessage).toContain('"p" after "s"')
  })

  it('error: action members out of order, unknown members, missing members', () => {
    expect(
      field({
        method: 'POST',
        path: '/exchange',
        body: { action: { type: 'order', grouping: 'na', orders: [base] } },
        security: 'signed',
      }),
    ).toBe('action.orders')
    expect(field(order({ ...base, x: 1 }))).toBe('action.orders[0].x')
    const { r: _, ...noReduceOnly } = base
    expect(field(order(noReduceOnly))).toBe('action.orders[0].r')
    expect(field(order(base, { grouping: undefined }))).toBe('action.grouping')
  })

  it('error: asset ids and order ids must be unsigned safe integers', () => {
    for (const a of [-1, 1.5, 2 ** 53, '0']) expect(field(order({ ...base, a }))).toBe('action.orders[0].a')
  })

  it('error: a malformed cloid, tif or order type', () => {
    expect(field(order({ ...base, c: '0x1' }))).toBe('action.orders[0].c')
    expect(field(order({ ...base, c: 'my-order' }))).toBe('action.orders[0].c')
    expect(field(order({ ...base, t: { limit: { tif: 'GTC' } } }))).toBe('action.orders[0].t.limit.tif')
    expect(field(order({ ...base, t: { limit: { tif: 'Gtc' }, trigger: {} } }))).toBe('action.orders[0].t')
  })

  it('error: a float anywhere in an action Signet has no struct for', () => {
    const intent: RequestIntent = {
      method: 'POST',
      path: '/exchange',
      body: { action: { type: 'subAccountTransfer', usd: 10.5 } },
      security: 'signed',
    }
    expect(field(intent)).toBe('action.usd')
  })

  it('error: a malformed vault address, nonce or body', () => {
    const bad = (body: unknown) =>
      field({ method: 'POST', path: '/exchange', body: body as never, security: 'signed' })
    expect(bad({ action: { type: 'scheduleCancel' }, vaultAddress: '0x12' })).toBe('body.vaultAddress')
    expect(bad({ action: { type: 'scheduleCancel' }, nonce: 1 })).toBe('body.nonce')
    expect(bad('{"action":{}}')).toBe('body')
    expect(() =>
      signer.signSync!(
        {
          method: 'POST',
          path: '/exchange',
          body: { action: { type: 'scheduleCancel' } },
          security: 'signed',
        },
        { nonce: '17e11' },
      ),
    ).toThrow(InvalidParameterError)
  })

  it('error: signed requests are POST /exchange', () => {
    expect(field({ method: 'GET', path: '/exchange', security: 'signed' })).toBe('intent')
    expect(field({ method: 'POST', path: '/info', body: { type: 'meta' }, security: 'signed' })).toBe(
      'intent',
    )
  })

  it('error: a user-signed action for the other chain, or whose time is not the nonce', () => {
    const send = (action: Record<string, unknown>) => ({
      method: 'POST' as const,
      path: '/exchange',
      body: {
        action: {
          type: 'usdSend',
          destination: '0x5e9ee1089755c3435139848e47e6635505d5a13a',
          amount: '1',
          ...action,
        },
      },
      security: 'signed' as const,
    })
    expect(field(send({ hyperliquidChain: 'Testnet' }))).toBe('action.hyperliquidChain')
    expect(field(send({ time: 1 }))).toBe('action.time')
    expect(
      field({
        ...send({}),
        body: { ...send({}).body, vaultAddress: '0x5e9ee1089755c3435139848e47e6635505d5a13a' },
      }),
    ).toBe('vaultAddress')
  })
})

describe('normalisation that does not change what Hyperliquid hashes', () => {
  const sign = (intent: RequestIntent) =>
    JSON.parse(signer.signSync!(intent, { nonce: 1_700_000_000_000n }).body!)
  it('behavior: decimals lose leading and trailing zeros, addresses and cloids are lower-cased', () => {
    const body = sign(order({ ...base, p: '0100.500', s: '2.0', c: '0x0000000000000000000000000000ABCD' }))
    expect(body.action.orders[0]).toEqual({
      ...base,
      p: '100.5',
      s: '2',
      c: '0x0000000000000000000000000000abcd',
    })
    expect(sign(order(base))).toEqual(sign(order({ ...base, p: '100.000' })))
  })

  it('behavior: a user-signed action gets its chain, chain id and nonce member filled in, in wire order', () => {
    const body = sign({
      method: 'POST',
      path: '/exchange',
      body: {
        action: { amount: '1', type: 'usdSend', destination: '0x5E9EE1089755C3435139848E47E6635505D5A13A' },
      },
      security: 'signed',
    })
    expect(Object.keys(body.action)).toEqual([
      'type',
      'signatureChainId',
      'hyperliquidChain',
      'destination',
      'amount',
      'time',
    ])
    expect(body.action).toMatchObject({
      signatureChainId: '0x66eee',
      hyperliquidChain: 'Mainnet',
      time: 1_700_000_000_000,
    })
    expect(body.action.destination).toBe('0x5e9ee1089755c3435139848e47e6635505d5a13a')
  })

  it('behavior: the nonce accepts decimal strings and bigints alike; a timestamp stands in for it', () => {
    const intent = order(base)
    const a = signer.signSync!(intent, { nonce: '1700000000000' })
    expect(signer.signSync!(intent, { nonce: 1_700_000_000_000n })).toEqual(a)
    expect(signer.signSync!(intent, { timestamp: 1_700_000_000_000 })).toEqual(a)
  })

  it('behavior: /info reads are unsigned JSON posts', async () => {
    expect(
      await signer.sign({
        method: 'POST',
        path: '/info',
        body: { type: 'clearinghouseState', user: signer.account },
        security: 'none',
      }),
    ).toEqual({
      method: 'POST',
      url: '/info',
      headers: { 'content-type': 'application/json' },
      body: `{"type":"clearinghouseState","user":"${signer.account}"}`,
    })
  })
})

describe('toHyperliquidDecimal (the python SDK float_to_wire)', () => {
  it('default', () => {
    expect(toHyperliquidDecimal(1670.1)).toBe('1670.1')
    expect(toHyperliquidDecimal(0.0147)).toBe('0.0147')
    expect(toHyperliquidDecimal(100)).toBe('100')
    expect(toHyperliquidDecimal(-0)).toBe('0')
    expect(toHyperliquidDecimal(0.1 + 0.2)).toBe('0.3')
    expect(toHyperliquidDecimal('000.10')).toBe('0.1')
    expect(toHyperliquidDecimal(123n)).toBe('123')
  })
  it('error: values that would round, negatives, non-finite', () => {
    for (const v of [0.000000001, 1.123456789, -1, Number.NaN, Number.POSITIVE_INFINITY, '1.000000001', '-1'])
      expect(() => toHyperliquidDecimal(v, 'price')).toThrow(InvalidParameterError)
  })
})

describe('credentials', () => {
  it('error: damaged keys are refused without showing them', () => {
    for (const bad of [
      `${KEY}\n`,
      ` ${KEY}`,
      KEY.slice(0, -1),
      `0x${'0'.repeat(64)}`,
      `0x${'f'.repeat(64)}`,
    ]) {
      let caught: unknown
      try {
        createHyperliquidSigner({ privateKey: bad })
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(CredentialFormatError)
      expect(String(caught)).not.toContain(KEY.slice(4, 20))
    }
  })
  it('error: an apiKey that is not the key’s address', () => {
    expect(() =>
      createHyperliquidSigner({ privateKey: KEY, apiKey: '0x5e9ee1089755c3435139848e47e6635505d5a13a' }),
    ).toThrow(/apiKey.*not the address/)
  })
  it('behavior: the address and account; 32 bytes and an upper-case address work too', () => {
    const s = createHyperliquidSigner({
      privateKey: Buffer.from(KEY.slice(2), 'hex'),
      apiKey: '0x2C7536E3605D9C16A7A3D7B1898E529396A65C23',
      account: '0x5E9EE1089755C3435139848E47E6635505D5A13A',
    })
    expect([s.address, s.apiKey, s.account, s.keyType, s.keyEnvironment]).toEqual([
      '0x2c7536e3605d9c16a7a3d7b1898e529396a65c23',
      '0x2c7536e3605d9c16a7a3d7b1898e529396a65c23',
      '0x5e9ee1089755c3435139848e47e6635505d5a13a',
      'secp256k1',
      'mainnet',
    ])
    expect(() => createHyperliquidSigner({ privateKey: KEY, environment: 'demo' })).toThrow(
      CredentialFormatError,
    )
    // Hyperliquid has no API key: text that is not an address (a tool's placeholder) names nothing.
    expect(createHyperliquidSigner({ privateKey: KEY, apiKey: 'signet-placeholder-api-key' }).apiKey).toBe(
      s.address,
    )
  })
})
