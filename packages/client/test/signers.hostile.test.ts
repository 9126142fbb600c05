// Values no string conversion survives (an object whose toString is not a function, one with no prototype, a
// symbol, a throwing toString) in any field of an intent: every signer refuses them with a typed error and a hint,
// and so does the client before anything is sent. The property test in signers.trust.test.ts found the first.
import { localClock, type RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { expectTyped, thrown } from './_typed'
import { fixtures } from './exchanges'

const hostile: [string, unknown][] = [
  ['an object whose toString is 0', { toString: 0 }],
  ['an object without a prototype', Object.create(null)],
  ['a symbol', Symbol('s')],
  [
    'an object whose toString throws',
    {
      toString() {
        throw new Error('boom')
      },
    },
  ],
]

describe.each(fixtures.map((f) => [f.exchange.id, f] as const))('%s', (_id, f) => {
  const base = f.emulation.examples.account!
  for (const field of ['method', 'path', 'security'] as const) {
    for (const [what, value] of hostile) {
      const intent = { ...base, [field]: value } as unknown as RequestIntent
      // No method or path is such a value: refused. A security level that is not one a signer knows may be signed
      // as the strictest (the contract of signers.trust.test.ts: resolves, or fails typed).
      it(`error: ${field} as ${what} is ${field === 'security' ? 'signed or ' : ''}refused typed by the signer`, async () => {
        const error = await thrown(() => f.exchange.createSigner(f.credentials).sign(intent))
        if (field !== 'security') expect(error).toBeDefined()
        if (error !== undefined) expectTyped(error, `${field}: ${what}`)
      })
    }
  }

  it('error: the client refuses an intent whose method or path no string conversion survives, before sending', async () => {
    let sent = 0
    const client = createClient({
      exchange: f.exchange,
      signer: f.exchange.createSigner(f.credentials),
      clock: localClock(),
      budget: false,
      fetch: (async () => {
        sent++
        return new Response('{}', { status: 200 })
      }) as typeof globalThis.fetch,
    })
    for (const field of ['method', 'path'] as const) {
      for (const [what, value] of hostile) {
        const error = await thrown(() =>
          client.request({ ...base, [field]: value } as unknown as RequestIntent),
        )
        expect(error).toBeDefined()
        expectTyped(error, `client ${field}: ${what}`)
      }
    }
    expect(sent).toBe(0)
  })
})
