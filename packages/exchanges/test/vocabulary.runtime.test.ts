// One vocabulary (packages/core/VOCABULARY.md) at run time, for every registered exchange through its definition:
// `now` is a function, a chosen window is honoured or refused (never ignored), the PEM's passphrase has its own
// name, and WebSocket auth is a method of every signer.
import { InvalidParameterError, isSignetError, type SignedRequest } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { conformanceIntents } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { emulations } from '../src/emulate'

const T = 1_700_000_000_000
// How each exchange honours a caller's windowMs on a signed read (packages/core/VOCABULARY.md, "windowMs").
const WINDOW: Record<string, (signed: SignedRequest) => boolean> = {
  binance: (s) => /[?&]recvWindow=7000(&|$)/.test(`${s.url}&${s.body ?? ''}`),
  bybit: (s) => s.headers['X-BAPI-RECV-WINDOW'] === '7000',
}

describe.each(emulations.map((e) => [e.definition.id, e] as const))('%s', (_, emulation) => {
  const { definition, verification, examples } = emulation
  const { credentials } = testKeyFor(definition, verification)
  const signer = definition.createSigner(credentials)
  const read = examples.account

  it('error: a numeric now is refused by name, before anything is signed', () => {
    let error: unknown
    try {
      definition.createSigner({ ...credentials, now: T } as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InvalidParameterError)
    expect(error).toMatchObject({ field: 'now' })
  })

  it('behavior: windowMs is written as the exchange window, or refused with UnsupportedError (never ignored)', async () => {
    const outcome = await signer.sign(read, { timestamp: T, nonce: String(T), windowMs: 7000 }).then(
      (signed) => ({ signed }),
      (error: unknown) => ({ error }),
    )
    if ('signed' in outcome) {
      expect(WINDOW[definition.id], `${definition.id} accepted windowMs: say how it honours it`).toBeDefined()
      expect(WINDOW[definition.id]!(outcome.signed)).toBe(true)
    } else {
      expect(isSignetError(outcome.error, 'unsupported'), String(outcome.error)).toBe(true)
      expect((outcome.error as { hint?: string }).hint).toBeTruthy()
    }
  })

  it('error: a PEM passphrase on an HMAC key, or an account passphrase where there is none, is refused by name', () => {
    let error: unknown
    try {
      definition.createSigner({ ...credentials, privateKeyPassphrase: 'not-a-pem-passphrase' })
    } catch (e) {
      error = e
    }
    expect(isSignetError(error, 'credential-format')).toBe(true)
    expect(String((error as Error).message)).toMatch(/privateKeyPassphrase|privateKey/)
  })

  it('behavior: signWebSocketAuth is a method that resolves to a login payload or rejects with UnsupportedError', async () => {
    expect(typeof signer.signWebSocketAuth).toBe('function')
    const outcome = await signer.signWebSocketAuth!({ timestamp: T }).then(
      (auth) => ({ auth }),
      (error: unknown) => ({ error }),
    )
    if ('auth' in outcome) expect(typeof outcome.auth).toBe('object')
    else
      expect(
        isSignetError(outcome.error, 'unsupported') || isSignetError(outcome.error, 'credential-format'),
        String(outcome.error),
      ).toBe(true)
  })

  it('default: conformance intents still sign with a timestamp and no window', async () => {
    for (const intent of conformanceIntents(definition, examples).slice(0, 2))
      await expect(signer.sign(intent, { timestamp: T, nonce: String(T) })).resolves.toBeDefined()
  })
})
