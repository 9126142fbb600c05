import { describe, expect, it } from 'vitest'
import { createHmacKey, hmac } from '../src/crypto/sign'
import { createSecret } from '../src/keys/secret'

describe('hmac of text', () => {
  it('behavior: text is hashed as its UTF-8 bytes, non-ASCII and astral characters included', () => {
    const key = createHmacKey(createSecret('key'))
    // Computed independently with Python: hmac.new(b'key', text.encode('utf-8'), hashlib.sha256).hexdigest()
    expect(hmac('sha256', key, 'symbol=币安&note=é😀', 'hex')).toBe(
      '7b2c8f7287a98273d19d33df5908c5c2894af532c8f036baae03df76ffc235a0',
    )
    expect(hmac('sha256', key, 'symbol=币安&note=é😀', 'hex')).toBe(
      hmac('sha256', key, new TextEncoder().encode('symbol=币安&note=é😀'), 'hex'),
    )
  })
})
