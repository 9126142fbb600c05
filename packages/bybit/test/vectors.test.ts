import { expectVector, toRawRequest } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { bybitStringToSign } from '../src/diagnose/index'
import { createBybitSigner } from '../src/index'
import { BY_KEY, BY_SECRET, DOC_STRINGS, vectors, wsVector } from './vectors'

describe('spec vectors through the public API', () => {
  for (const v of vectors) {
    it(`default: ${v.name}`, async () => {
      expectVector(await createBybitSigner(v.credentials).sign(v.intent, v.options), v)
    })
  }

  it('behavior: BY-S2 and BY-S3 differ only by the space the docs print, and both sign what they send', async () => {
    const [, s2, s3] = vectors
    const a = await createBybitSigner(s2!.credentials).sign(s2!.intent, s2!.options)
    const b = await createBybitSigner(s3!.credentials).sign(s3!.intent, s3!.options)
    expect(bybitStringToSign(toRawRequest(a))).toBe(`1658385579423${BY_KEY}5000{"category":"option"}`)
    expect(bybitStringToSign(toRawRequest(b))).toBe(`1658385579423${BY_KEY}5000{"category": "option"}`)
    expect(a.headers['X-BAPI-SIGN']).not.toBe(b.headers['X-BAPI-SIGN'])
  })

  it('default: BY-S4 WebSocket auth signature', async () => {
    const signer = createBybitSigner({ apiKey: BY_KEY, secret: BY_SECRET })
    const message = await signer.signWebSocketAuth({ timestamp: wsVector.expires - 5000 })
    expect(message).toEqual({ op: 'auth', args: [BY_KEY, wsVector.expires, wsVector.signature] })
  })

  it("args: the docs' own example strings come out of the signer with apiKey XXXXXXXXXX", () => {
    // The guide prints the strings but not the secret; the text (not the HMAC) is checkable.
    const signer = createBybitSigner({ apiKey: 'XXXXXXXXXX', secret: BY_SECRET })
    const get = signer.signSync(vectors[0]!.intent, { timestamp: 1658384314791 })
    const post = signer.signSync(
      { method: 'POST', path: '/v5/order/create', body: '{"category": "option"}', security: 'signed' },
      { timestamp: 1658385579423 },
    )
    expect(bybitStringToSign(toRawRequest(get))).toBe(DOC_STRINGS.get)
    expect(bybitStringToSign(toRawRequest(post))).toBe(DOC_STRINGS.post)
  })
})
