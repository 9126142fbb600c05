import { isSignetError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createKrakenSigner, krakenWebSocketsToken } from '../src/index'
import { createKrakenVerifier } from '../src/verify/index'
import { testKey } from './_keys'

describe('krakenWebSocketsToken', () => {
  it('default: a signed POST the verifier accepts, and the token read from Kraken’s answer', () => {
    const signed = createKrakenSigner(testKey).signSync!(krakenWebSocketsToken.intent, { nonce: 1n })
    expect(signed.url).toBe('/0/private/GetWebSocketsToken')
    expect(
      createKrakenVerifier({ keys: [testKey], now: () => 0 }).verify({ ...signed, body: signed.body! }).ok,
    ).toBe(true)
    expect(krakenWebSocketsToken.parse({ error: [], result: { token: 'abc/def', expires: 900 } })).toEqual({
      token: 'abc/def',
      expiresInMs: 900_000,
    })
  })

  it('error: an answer without a token is a typed error with a hint', () => {
    const error = thrown(() =>
      krakenWebSocketsToken.parse({ error: ['EGeneral:Permission denied'], result: {} }),
    )
    expect(isSignetError(error)).toBe(true)
    expect((error as { hint?: string }).hint).toContain('WebSockets')
  })
})
