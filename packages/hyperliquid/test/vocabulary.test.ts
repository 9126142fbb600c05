import { UnsupportedError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createHyperliquidSigner } from '../src/index'
import { PYTHON_SDK } from './vectors'

const signer = createHyperliquidSigner({ privateKey: PYTHON_SDK.privateKey })
const cancel = {
  method: 'POST',
  path: '/exchange',
  body: { action: { type: 'scheduleCancel' } },
  security: 'signed',
} as const

describe('vocabulary: windowMs, environments, WebSocket auth', () => {
  it('error: windowMs is refused with UnsupportedError before signing (fixed nonce window, spec hyperliquid.md §6)', async () => {
    const error = thrown(() => signer.signSync(cancel, { nonce: 1_700_000_000_000n, windowMs: 5000 }))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(error).toMatchObject({ feature: 'windowMs', exchange: 'hyperliquid' })
    expect((error as UnsupportedError).hint).toMatch(/expiresAfter/)
    await expect(signer.sign(cancel, { nonce: 1_700_000_000_000n, windowMs: 5000 })).rejects.toBeInstanceOf(
      UnsupportedError,
    )
  })

  it('args: keyEnvironment names the chain the key signs for; the deprecated environment still works', () => {
    const a = createHyperliquidSigner({ privateKey: PYTHON_SDK.privateKey, keyEnvironment: 'testnet' })
    const b = createHyperliquidSigner({ privateKey: PYTHON_SDK.privateKey, environment: 'testnet' })
    expect(a.keyEnvironment).toBe('testnet')
    expect(a.signSync(cancel, { nonce: 1n })).toEqual(b.signSync(cancel, { nonce: 1n }))
    expect(a.signSync(cancel, { nonce: 1n })).not.toEqual(signer.signSync(cancel, { nonce: 1n }))
  })

  it('error: signWebSocketAuth rejects with UnsupportedError (Hyperliquid has no WebSocket login)', async () => {
    const error = await signer.signWebSocketAuth().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(error).toMatchObject({ feature: 'signWebSocketAuth', exchange: 'hyperliquid' })
  })
})

describe('vocabulary: now is a function', () => {
  it('error: a numeric now is refused with InvalidParameterError naming it', async () => {
    const { InvalidParameterError } = await import('@signet/core')
    const error = thrown(() =>
      createHyperliquidSigner({ privateKey: PYTHON_SDK.privateKey, now: 1 as never }),
    )
    expect(error).toBeInstanceOf(InvalidParameterError)
    expect(error).toMatchObject({ field: 'now' })
  })
})
