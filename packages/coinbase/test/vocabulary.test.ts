import { CredentialFormatError, UnsupportedError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createCoinbaseSigner } from '../src/index'
import { ecKey, KEY_NAME } from './_keys'

const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: ecKey().pkcs8Pem })
const get = { method: 'GET', path: '/api/v3/brokerage/accounts', security: 'signed' } as const
const T = 1_700_000_000_000

describe('vocabulary: windowMs, passphrases, environments', () => {
  it('error: windowMs is refused with UnsupportedError before signing (a token lives a fixed 120 s, spec coinbase.md §4)', async () => {
    const error = thrown(() => signer.signSync(get, { timestamp: T, windowMs: 5000 }))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(error).toMatchObject({ feature: 'windowMs', exchange: 'coinbase' })
    await expect(signer.signWebSocketAuth({ timestamp: T, windowMs: 5000 })).rejects.toBeInstanceOf(
      UnsupportedError,
    )
  })

  it('error: both passphrases and a non-live keyEnvironment are refused by name', () => {
    for (const [extra, field] of [
      [{ passphrase: 'p' }, 'passphrase'],
      [{ privateKeyPassphrase: 'p' }, 'privateKeyPassphrase'],
      [{ keyEnvironment: 'demo' }, 'keyEnvironment'],
    ] as const) {
      const error = thrown(() =>
        createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: ecKey().pkcs8Pem, ...extra }),
      )
      expect(error).toBeInstanceOf(CredentialFormatError)
      expect(error).toMatchObject({ field })
    }
  })

  it('default: signWebSocketAuth is { jwt } for the subscribe message (shape snapshot)', async () => {
    const auth = await signer.signWebSocketAuth({ timestamp: T })
    expect(Object.keys(auth)).toEqual(['jwt'])
    expect(auth.jwt.split('.')).toHaveLength(3)
  })
})
