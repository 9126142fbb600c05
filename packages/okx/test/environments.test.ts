// Issue 20, one vocabulary: three environments, three names — the key's (`keyEnvironment`), the host's (the
// client's `environment`) and the verifier's (`serverEnvironment`).
import { describe, expect, it } from 'vitest'
import { createOkxSigner, okx } from '../src/index'
import { createOkxVerifier } from '../src/verify/index'

// A made-up key (never a real one).
const key = {
  apiKey: '4a5b6c7d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  secret: 'C0FFEE00C0FFEE11C0FFEE22C0FFEE33',
  passphrase: 'Pass-8',
}
const T = 1_700_000_000_000
const balance = { method: 'GET', path: '/api/v5/account/balance', security: 'signed' } as const
const raw = (s: {
  method: string
  url: string
  headers: Readonly<Record<string, string>>
  body?: string
}) => ({
  method: s.method,
  url: s.url,
  headers: s.headers,
  body: s.body ?? '',
})

describe('environments', () => {
  it('behavior: a demo key (keyEnvironment) signs for a demo server (serverEnvironment); used as live it is refused', () => {
    const keys = [{ ...key, keyEnvironment: 'demo' }]
    const demoServer = createOkxVerifier({ keys, now: () => T, serverEnvironment: 'demo' })
    const demo = createOkxSigner({ ...key, keyEnvironment: 'demo' }).signSync(balance, { timestamp: T })
    expect(demoServer.verify(raw(demo))).toMatchObject({ ok: true })
    // spec okx.md §10 (3): a demo key without x-simulated-trading is 50101.
    const asLive = createOkxSigner(key).signSync(balance, { timestamp: T })
    expect(createOkxVerifier({ keys, now: () => T }).verify(raw(asLive))).toMatchObject({
      ok: false,
      code: '50101',
    })
  })

  it('behavior: the deprecated names still mean the same', () => {
    const signed = createOkxSigner({ ...key, environment: 'demo' }).signSync(balance, { timestamp: T })
    const verifier = createOkxVerifier({
      keys: [{ ...key, environment: 'demo' }],
      now: () => T,
      environment: 'demo',
    })
    expect(verifier.verify(raw(signed))).toMatchObject({ ok: true })
  })

  it("default: the host environment's headers are declared by the definition (what the client adds)", () => {
    expect(okx.products.v5.headers?.demo).toEqual({ 'x-simulated-trading': '1' })
    expect((okx.products.v5.headers as Readonly<Record<string, unknown>>).live).toBeUndefined()
  })
})
