import { createHmac } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { runSignatureVariantsSuite } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { kucoinSignatureVariants } from '../src/diagnose/index'
import { kucoinEmulation } from '../src/emulate/index'

const credentials = { apiKey: 'variants-key', secret: 'variants-secret-1234', passphrase: 'variants-pass' }
const T = 1_700_000_000_123
// Params that need encoding, out of order, and a body: every variant differs here.
const intent: RequestIntent = {
  method: 'POST',
  path: '/api/v1/orders',
  params: { tradeType: 'TRADE', note: 'a b!' },
  body: { symbol: 'BTC-USDT', size: '1' },
  security: 'signed',
}

runSignatureVariantsSuite(kucoinEmulation, {
  intent,
  ids: [
    'correct',
    'encoded-query',
    'plus-for-space',
    'sorted-params',
    'query-omitted',
    'body-omitted',
    'json-spacing',
    'timestamp-seconds',
    'method-lowercase',
    'host-included',
    'hex-output',
    'secret-trailing-newline',
    'passphrase-as-secret',
  ],
  extractSignature: (request) => request.headers['KC-API-SIGN']!,
  timestamp: T,
})

describe('kucoinSignatureVariants', () => {
  it('behavior: each variant is the signature of its text, by hand', () => {
    const variants = Object.fromEntries(
      kucoinSignatureVariants({ credentials, intent, timestamp: T }).map((v) => [v.id, v]),
    )
    const h = (key: string, text: string, enc: 'hex' | 'base64' = 'base64') =>
      createHmac('sha256', key).update(text).digest(enc)
    expect(variants['encoded-query']!.signedText).toBe(
      '1700000000123POST/api/v1/orders?tradeType=TRADE&note=a%20b%21{"symbol":"BTC-USDT","size":"1"}',
    )
    expect(variants['json-spacing']!.signedText).toBe(
      '1700000000123POST/api/v1/orders?tradeType=TRADE&note=a b!{"symbol": "BTC-USDT", "size": "1"}',
    )
    expect(variants['timestamp-seconds']!.signedText.startsWith('1700000000POST')).toBe(true)
    expect(variants['hex-output']!.signature).toBe(h(credentials.secret, variants.correct!.signedText, 'hex'))
    expect(variants['secret-trailing-newline']!.signature).toBe(
      h(`${credentials.secret}\n`, variants.correct!.signedText),
    )
    expect(variants['passphrase-as-secret']!.signature).toBe(
      h(credentials.passphrase, variants.correct!.signedText),
    )
  })

  it('behavior: ways that coincide with `correct` for a simple request are dropped', () => {
    const simple: RequestIntent = { method: 'GET', path: '/api/v1/accounts', security: 'signed' }
    const ids = kucoinSignatureVariants({ credentials, intent: simple, timestamp: T }).map((v) => v.id)
    expect(ids).not.toContain('encoded-query')
    expect(ids[0]).toBe('correct')
  })
})
