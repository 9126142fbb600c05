import { expectVector } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createGateioSigner, gateio } from '../src/index'
import { gateioVerification } from '../src/verify/index'
import { vectors } from './vectors'

describe('official vectors (spec gateio.md)', () => {
  for (const v of vectors) {
    it(`default: ${v.name} through the public API`, async () => {
      expectVector(await createGateioSigner(v.credentials).sign(v.intent, v.options), v)
    })

    it(`behavior: ${v.name} verifies at its own time`, async () => {
      const signed = await gateio.createSigner(v.credentials).sign(v.intent, v.options)
      const verifier = gateioVerification.createVerifier({
        keys: [v.credentials as { apiKey: string; secret: string }],
        now: () => v.options.timestamp!,
      })
      expect(verifier.verify({ ...signed, body: signed.body ?? '' }).ok).toBe(true)
    })
  }

  it('behavior: a millisecond timestamp is truncated to the second, never rounded up', async () => {
    const v = vectors[0]!
    const signed = await createGateioSigner(v.credentials).sign(v.intent, { timestamp: 1_541_993_715_999 })
    expect(signed.headers).toMatchObject(v.expected.headers!)
  })
})
