import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createHmacKey, hashBytes, hmac } from '../src/crypto/sign'
import { createSecret } from '../src/keys/secret'
import { redactForm } from '../src/redact/redact'

describe('binary HMAC (Kraken signs bytes with a base64-decoded key)', () => {
  const secretText = Buffer.from('binary key \u0000\u00ff bytes').toString('base64')

  it('args: createHmacKey(secret, "base64") keys the HMAC with the decoded bytes, not the text', () => {
    const decoded = createHmacKey(createSecret(secretText), 'base64')
    const asText = createHmacKey(createSecret(secretText))
    const expected = createHmac('sha512', Buffer.from(secretText, 'base64')).update('m').digest('base64')
    expect(hmac('sha512', decoded, 'm', 'base64')).toBe(expected)
    expect(hmac('sha512', asText, 'm', 'base64')).not.toBe(expected)
  })

  it('behavior: hmac takes bytes, and hashBytes gives the raw digest', () => {
    const bytes = new Uint8Array([0, 255, 128, 10])
    const key = createHmacKey(createSecret('k'))
    expect(hmac('sha256', key, bytes, 'hex')).toBe(createHmac('sha256', 'k').update(bytes).digest('hex'))
    expect(Buffer.from(hashBytes('sha256', 'é')).toString('hex')).toBe(
      createHash('sha256').update('é', 'utf8').digest('hex'),
    )
  })

  it('behavior: a one-time password in a form body is redacted', () => {
    expect(redactForm('nonce=1&otp=123456&pair=XBTUSD')).toBe('nonce=1&otp=[redacted]&pair=XBTUSD')
  })
})
