import { describe, expect, it } from 'vitest'
import { toSigner } from '../src/signer/toSigner'

describe('toSigner', () => {
  it('default: stamps remote type and key type and delegates sign', async () => {
    const signer = toSigner({
      exchange: 'binance',
      apiKey: 'key',
      sign: async (intent) => ({ method: intent.method, url: `${intent.path}?signed=1`, headers: {} }),
    })
    expect(signer).toMatchObject({ type: 'remote', keyType: 'remote', exchange: 'binance', apiKey: 'key' })
    expect(Object.isFrozen(signer)).toBe(true)
    expect(await signer.sign({ method: 'GET', path: '/a', security: 'signed' })).toEqual({
      method: 'GET',
      url: '/a?signed=1',
      headers: {},
    })
  })

  it('error: rejects a signer without sign, exchange or apiKey', () => {
    expect(() => toSigner({ exchange: 'x', apiKey: 'k' } as never)).toThrow('`sign` must be a function')
    expect(() => toSigner({ exchange: '', apiKey: 'k', sign: async () => ({}) } as never)).toThrow(
      '`exchange`',
    )
    expect(() => toSigner({ exchange: 'x', sign: async () => ({}) } as never)).toThrow('`apiKey`')
  })
})
