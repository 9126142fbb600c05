import { CredentialFormatError, isSignetError, UnsupportedError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createKucoinSigner } from '../src/index'

// A made-up key (never a real one).
const key = {
  apiKey: '67890abcdef0123456789abc',
  secret: 'f03a5284-5c39-4aaa-9b20-dea10bdcf8e3',
  passphrase: 'Pass-phrase-1',
}
const signer = createKucoinSigner(key)
const get = { method: 'GET', path: '/api/v1/accounts', security: 'signed' } as const
const T = 1_700_000_000_000

describe('vocabulary: windowMs, passphrases, environments, WebSocket auth', () => {
  it('error: windowMs is refused with UnsupportedError before signing (fixed ±5 s window, spec kucoin.md §4)', async () => {
    const error = thrown(() => signer.signSync(get, { timestamp: T, windowMs: 5000 }))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(isSignetError(error, 'unsupported')).toBe(true)
    expect(error).toMatchObject({ feature: 'windowMs', exchange: 'kucoin' })
    expect((error as UnsupportedError).hint).toMatch(/remove windowMs/)
    await expect(signer.sign(get, { timestamp: T, windowMs: 5000 })).rejects.toBeInstanceOf(UnsupportedError)
    expect(signer.signSync(get, { timestamp: T }).headers['KC-API-TIMESTAMP']).toBe(String(T))
  })

  it('error: privateKeyPassphrase is refused, naming the account passphrase', () => {
    const error = thrown(() => createKucoinSigner({ ...key, privateKeyPassphrase: 'Pass-phrase-1' }))
    expect(error).toBeInstanceOf(CredentialFormatError)
    expect(error).toMatchObject({ field: 'privateKeyPassphrase' })
    expect((error as CredentialFormatError).hint).toMatch(/`passphrase`/)
    expect(String(error)).not.toContain('Pass-phrase-1')
  })

  it('error: a keyEnvironment other than live is refused by its name', () => {
    expect(thrown(() => createKucoinSigner({ ...key, keyEnvironment: 'demo' }))).toMatchObject({
      field: 'keyEnvironment',
    })
  })

  it('error: signWebSocketAuth rejects with UnsupportedError pointing to bullet-private (spec kucoin.md §7)', async () => {
    const error = await signer.signWebSocketAuth().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(error).toMatchObject({ feature: 'signWebSocketAuth', exchange: 'kucoin' })
    expect((error as UnsupportedError).hint).toMatch(/bullet-private/)
  })
})
