import { expectVector } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { okxDiagnosis } from '../src/diagnose/index'
import { createOkxSigner, okx } from '../src/index'
import { DOC_TIMESTAMP_MS, vectors, wsLoginVector } from './vectors'

describe('spec vectors through the public API', () => {
  it('default: the docs example timestamp is 2020-12-08T09:08:57.715Z', () => {
    expect(new Date(DOC_TIMESTAMP_MS).toISOString()).toBe('2020-12-08T09:08:57.715Z')
  })

  for (const v of vectors) {
    it(`default: ${v.name}`, async () => {
      expectVector(await createOkxSigner(v.credentials).sign(v.intent, v.options), v)
    })

    it(`behavior: ${v.name} through okx.createSigner and okxDiagnosis.stringToSign`, () => {
      const signed = okx.createSigner(v.credentials).signSync!(v.intent, v.options)
      expect(signed.headers['OK-ACCESS-SIGN']).toBe(v.expected.headers?.['OK-ACCESS-SIGN'])
      const text = okxDiagnosis.stringToSign({ ...signed, body: signed.body ?? '' })
      // spec okx.md §9: the prehash column of the vector table.
      expect(text).toBe(
        v.intent.method === 'GET'
          ? '2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC'
          : '2020-12-08T09:08:57.715ZPOST/api/v5/account/set-leverage{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}',
      )
    })
  }

  it(`default: ${wsLoginVector.name}`, async () => {
    const signer = createOkxSigner(wsLoginVector.credentials)
    const message = await signer.signWebSocketAuth({
      timestamp: Number(wsLoginVector.timestampSeconds) * 1000,
    })
    expect(message.args[0].timestamp).toBe(wsLoginVector.timestampSeconds)
    expect(message.args[0].sign).toBe(wsLoginVector.sign)
  })

  it('behavior: OKX-S3 rounds a server-aligned ms time down to the same second', async () => {
    const now = () => Number(wsLoginVector.timestampSeconds) * 1000 + 999
    const message = await createOkxSigner({ ...wsLoginVector.credentials, now }).signWebSocketAuth()
    expect(message.args[0]).toMatchObject({ timestamp: '1538054050', sign: wsLoginVector.sign })
  })
})
