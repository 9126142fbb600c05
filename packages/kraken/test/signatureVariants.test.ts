import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { krakenSignatureVariants } from '../src/diagnose/index'
import { createKrakenSigner } from '../src/index'
import { DOC_NONCE, DOC_SECRET, DOC_SIGNATURE } from './vectors'

const intent = {
  method: 'POST' as const,
  path: '/0/private/AddOrder',
  form: { type: 'buy', pair: 'XBTUSD', ordertype: 'limit', price: '37500', volume: '1.25', note: 'a b' },
  security: 'signed' as const,
}
const credentials = { apiKey: 'k', secret: DOC_SECRET }

/** A wrong implementation written out by hand, to check that a variant is what it says. */
function handSigned(key: Buffer, path: string, hashed: string, encoding: 'base64' | 'hex' = 'base64') {
  const digest = createHash('sha256').update(hashed).digest()
  return createHmac('sha512', key)
    .update(Buffer.concat([Buffer.from(path), digest]))
    .digest(encoding)
}

describe('krakenSignatureVariants', () => {
  const variants = krakenSignatureVariants({ credentials, intent, timestamp: 0, nonce: DOC_NONCE })
  const byId = Object.fromEntries(variants.map((v) => [v.id, v]))
  const decoded = Buffer.from(DOC_SECRET, 'base64')
  const body = createKrakenSigner(credentials).signSync!(intent, { nonce: DOC_NONCE }).body!

  it('default: correct first, equal to the signer, and the issue’s variants all present and distinct', () => {
    expect(variants.map((v) => v.id)).toMatchInlineSnapshot(`
      [
        "correct",
        "secret-not-decoded",
        "nonce-not-hashed",
        "nonce-after-body",
        "hex-output",
        "path-with-host",
        "path-without-version",
        "body-reordered",
        "plus-for-space",
        "nonce-missing-from-body",
        "hmac-sha256",
      ]
    `)
    expect(byId.correct!.signature).toBe(
      createKrakenSigner(credentials).signSync!(intent, { nonce: DOC_NONCE }).headers['API-Sign'],
    )
    expect(new Set(variants.map((v) => v.signature)).size).toBe(variants.length)
  })

  it('behavior: each variant is the mistake it names', () => {
    const path = intent.path
    expect(byId['secret-not-decoded']!.signature).toBe(
      handSigned(Buffer.from(DOC_SECRET), path, DOC_NONCE + body),
    )
    expect(byId['nonce-not-hashed']!.signature).toBe(handSigned(decoded, path, body))
    expect(byId['hex-output']!.signature).toBe(handSigned(decoded, path, DOC_NONCE + body, 'hex'))
    expect(byId['path-with-host']!.signature).toBe(
      handSigned(decoded, `https://api.kraken.com${path}`, DOC_NONCE + body),
    )
    expect(byId['path-without-version']!.signature).toBe(
      handSigned(decoded, '/private/AddOrder', DOC_NONCE + body),
    )
    const sortedBody = `nonce=${DOC_NONCE}&note=a%20b&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25`
    expect(byId['body-reordered']!.signature).toBe(handSigned(decoded, path, DOC_NONCE + sortedBody))
  })

  it('behavior: the official example is recognised as correct', () => {
    const doc = krakenSignatureVariants({
      credentials,
      intent: {
        ...intent,
        form: { ordertype: 'limit', pair: 'XBTUSD', price: '37500', type: 'buy', volume: '1.25' },
      },
      timestamp: Number(DOC_NONCE),
    })
    expect(doc[0]).toMatchObject({ id: 'correct', signature: DOC_SIGNATURE })
  })
})
