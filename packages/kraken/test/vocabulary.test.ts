import { CredentialFormatError, UnsupportedError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createKrakenSigner } from '../src/index'
import { testKey } from './_keys'

const signer = createKrakenSigner(testKey)
const balance = { method: 'POST', path: '/0/private/Balance', security: 'signed' } as const

describe('vocabulary: windowMs, passphrases, WebSocket auth', () => {
  it('error: windowMs is refused with UnsupportedError before signing (nonce freshness, spec kraken.md §3)', async () => {
    const error = thrown(() => signer.signSync(balance, { nonce: 1_700_000_000_000n, windowMs: 5000 }))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(error).toMatchObject({ feature: 'windowMs', exchange: 'kraken' })
    await expect(signer.sign(balance, { nonce: 1_700_000_000_000n, windowMs: 5000 })).rejects.toBeInstanceOf(
      UnsupportedError,
    )
    expect(signer.signSync(balance, { nonce: 1_700_000_000_000n }).body).toBe('nonce=1700000000000')
  })

  it('error: privateKeyPassphrase is refused by its name', () => {
    expect(thrown(() => createKrakenSigner({ ...testKey, privateKeyPassphrase: 'x' }))).toBeInstanceOf(
      CredentialFormatError,
    )
  })

  it('error: signWebSocketAuth rejects with UnsupportedError pointing to GetWebSocketsToken (spec kraken.md §8)', async () => {
    const error = await signer.signWebSocketAuth().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnsupportedError)
    expect((error as UnsupportedError).hint).toMatch(/krakenWebSocketsToken/)
  })
})

describe('vocabulary: now is a function', () => {
  it('error: a numeric now is refused with InvalidParameterError naming it', async () => {
    const { InvalidParameterError } = await import('@signet/core')
    const error = thrown(() => createKrakenSigner({ ...testKey, now: 1_700_000_000_000 as never }))
    expect(error).toBeInstanceOf(InvalidParameterError)
    expect(error).toMatchObject({ field: 'now' })
  })
})
