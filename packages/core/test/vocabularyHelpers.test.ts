import { describe, expect, it } from 'vitest'
import { CredentialFormatError, isSignetError, toSigner, UnsupportedError } from '../src/index'
import { checkPassphrases, keyEnvironmentOf, noWebSocketAuth, refuseWindowMs } from '../src/kit/index'

describe('refuseWindowMs', () => {
  it('default: no window asked, nothing refused', () => {
    expect(() => refuseWindowMs(undefined, { exchange: 'kucoin', reason: 'fixed' })).not.toThrow()
  })

  it('error: a caller-chosen window is an UnsupportedError with a hint, across package copies by kind', () => {
    let caught: unknown
    try {
      refuseWindowMs(5000, { exchange: 'kucoin', reason: 'KuCoin fixes the window at ±5 s' })
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(UnsupportedError)
    expect(isSignetError(caught, 'unsupported')).toBe(true)
    expect(caught).toMatchObject({ feature: 'windowMs', exchange: 'kucoin' })
    expect((caught as UnsupportedError).hint).toMatch(/remove windowMs/)
  })
})

describe('checkPassphrases', () => {
  it('error: an account passphrase where the exchange has only a PEM passphrase names privateKeyPassphrase', () => {
    expect(() =>
      checkPassphrases(
        { apiKey: 'k', privateKey: 'pem', passphrase: 'p' },
        { exchange: 'binance', account: false, privateKey: true },
      ),
    ).toThrow(/privateKeyPassphrase/)
  })

  it('error: a PEM passphrase where the exchange has an account passphrase names passphrase', () => {
    let caught: unknown
    try {
      checkPassphrases(
        { apiKey: 'k', secret: 's', privateKeyPassphrase: 'p' },
        { exchange: 'okx', account: true, privateKey: false },
      )
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(CredentialFormatError)
    expect(caught).toMatchObject({ field: 'privateKeyPassphrase' })
    expect((caught as CredentialFormatError).hint).toMatch(/`passphrase`/)
    expect(String((caught as Error).message)).not.toContain('"p"')
  })

  it('default: the right passphrase passes', () => {
    checkPassphrases(
      { apiKey: 'k', privateKey: 'pem', privateKeyPassphrase: 'p' },
      { exchange: 'binance', account: false, privateKey: true },
    )
    checkPassphrases(
      { apiKey: 'k', secret: 's', passphrase: 'p' },
      { exchange: 'okx', account: true, privateKey: false },
    )
  })
})

describe('keyEnvironmentOf', () => {
  it('args: keyEnvironment, or the deprecated environment; two different values are refused', () => {
    expect(keyEnvironmentOf({ apiKey: 'k', keyEnvironment: 'demo' }, 'okx')).toBe('demo')
    expect(keyEnvironmentOf({ apiKey: 'k', environment: 'demo' }, 'okx')).toBe('demo')
    expect(keyEnvironmentOf({ apiKey: 'k' }, 'okx')).toBeUndefined()
    expect(() =>
      keyEnvironmentOf({ apiKey: 'k', keyEnvironment: 'demo', environment: 'live' }, 'okx'),
    ).toThrow(CredentialFormatError)
  })
})

describe('signWebSocketAuth on every signer', () => {
  it('error: a custom signer without a WebSocket login rejects with UnsupportedError', async () => {
    const signer = toSigner({
      exchange: 'x',
      apiKey: 'k',
      sign: async () => ({ method: 'GET', url: '/', headers: {} }),
    })
    await expect(signer.signWebSocketAuth!()).rejects.toBeInstanceOf(UnsupportedError)
    await expect(noWebSocketAuth('kraken', 'token by REST', 'Send the intent.')()).rejects.toMatchObject({
      kind: 'unsupported',
      feature: 'signWebSocketAuth',
      hint: 'Send the intent.',
    })
  })

  it('behavior: a custom signer keeps its own signWebSocketAuth', async () => {
    const signer = toSigner({
      exchange: 'x',
      apiKey: 'k',
      sign: async () => ({ method: 'GET', url: '/', headers: {} }),
      signWebSocketAuth: async (o) => ({ op: 'login', at: o?.timestamp }),
    })
    expect(await signer.signWebSocketAuth!({ timestamp: 1 })).toEqual({ op: 'login', at: 1 })
  })
})

describe('hmacKeyRing: the verifier serves keys of its serverEnvironment', () => {
  it('args: serverEnvironment and keyEnvironment, with the deprecated environment as their fallback', async () => {
    const { hmacKeyRing } = await import('../src/kit/index')
    const keys = [
      { apiKey: 'live-key', secret: 'a' },
      { apiKey: 'demo-key', secret: 'b', keyEnvironment: 'demo' },
      { apiKey: 'old-demo-key', secret: 'c', environment: 'demo' },
    ]
    expect([...hmacKeyRing({ keys, now: () => 0 }).keys()]).toEqual(['live-key'])
    expect([...hmacKeyRing({ keys, now: () => 0, serverEnvironment: 'demo' }).keys()]).toEqual([
      'demo-key',
      'old-demo-key',
    ])
    expect([...hmacKeyRing({ keys, now: () => 0, environment: 'demo' }).keys()]).toHaveLength(2)
  })
})
