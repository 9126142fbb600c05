import { describe, expect, it } from 'vitest'
import { syncSignOf } from '../src/index'
import { asyncSign } from '../src/kit/index'
import type { RequestIntent, SignedRequest } from '../src/request/types'

const intent: RequestIntent = { method: 'GET', path: '/account', security: 'signed' }
const signSync = (i: RequestIntent, options?: { timestamp?: number }): SignedRequest => {
  if (options?.timestamp === 0) throw new Error('refused')
  return { method: i.method, url: `${i.path}?t=${options?.timestamp}`, headers: {} }
}

describe('asyncSign and syncSignOf', () => {
  it('behavior: a sign made from signSync gives the same request, and its synchronous form back', async () => {
    const sign = asyncSign(signSync)
    expect(await sign(intent, { timestamp: 5 })).toEqual(signSync(intent, { timestamp: 5 }))
    expect(syncSignOf(sign)).toBe(signSync)
  })

  it('error: a throwing signSync becomes a rejected promise, not a synchronous throw', async () => {
    const sign = asyncSign(signSync)
    const pending = sign(intent, { timestamp: 0 })
    await expect(pending).rejects.toThrow('refused')
  })

  it('behavior: a sign a wrapper replaced has no synchronous form, whatever signSync the object carries', () => {
    const signer = { signSync, sign: asyncSign(signSync) }
    const wrapped = { ...signer, sign: async (i: RequestIntent) => signer.sign(i, { timestamp: 1 }) }
    expect(syncSignOf(wrapped.sign)).toBeUndefined()
  })
})
