import { describe, expect, it } from 'vitest'
import { InvalidParameterError } from '../src/errors/input'
import { toSigner } from '../src/signer/toSigner'
import { thrown } from '../src/testing/thrown'

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

  it("behavior: carries the key's environment when the caller names it, and none otherwise", () => {
    const sign = async () => ({ method: 'GET' as const, url: '/', headers: {} })
    expect(toSigner({ exchange: 'okx', apiKey: 'k', keyEnvironment: 'demo', sign }).keyEnvironment).toBe(
      'demo',
    )
    expect('keyEnvironment' in toSigner({ exchange: 'okx', apiKey: 'k', sign })).toBe(false)
  })

  it('error: rejects a signer without sign, exchange or apiKey, or with a key environment that is not a name, with a typed error naming the field, and a hint', () => {
    const cases: [unknown, string][] = [
      [{ exchange: 'x', apiKey: 'k' }, 'sign'],
      [{ exchange: '', apiKey: 'k', sign: async () => ({}) }, 'exchange'],
      [{ exchange: 'x', sign: async () => ({}) }, 'apiKey'],
      [{ exchange: 'x', apiKey: 'k', keyEnvironment: 7, sign: async () => ({}) }, 'keyEnvironment'],
      [{ exchange: 'x', apiKey: 'k', keyEnvironment: '', sign: async () => ({}) }, 'keyEnvironment'],
      [undefined, 'sign'],
    ]
    for (const [custom, field] of cases) {
      const error = thrown(() => toSigner(custom as never))
      expect(error).toBeInstanceOf(InvalidParameterError)
      expect(error).toMatchObject({ field, kind: 'invalid-parameter', hint: expect.any(String) })
    }
  })
})
