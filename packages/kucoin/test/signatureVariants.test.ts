import { createHmac } from 'node:crypto'
import type { RequestIntent, SignatureVariant } from '@signet/core'
import { runSignatureVariantsSuite, type VariantByHandInput } from '@signet/core/testing'
import { expect, it } from 'vitest'
import { kucoinSignatureVariants } from '../src/diagnose/index'
import { kucoinEmulation, kucoinExamples } from '../src/emulate/index'

// spec kucoin.md: timestamp (ms) + METHOD + path?query (not URL-encoded) + body, HMAC-SHA256 in base64. The suite
// signs the example order with `z=a b&a=1,2` added, at 1700000000123 ms.
const base64Hmac = (key: string, text: string, encoding: 'base64' | 'hex' = 'base64') =>
  createHmac('sha256', key).update(text).digest(encoding)
const body = JSON.stringify(kucoinExamples.placeOrder('variants-1').body)
const signs = (text: string) => (v: SignatureVariant) => expect(v.signedText).toBe(text)
const sameTextKeyedBy =
  (key: (input: VariantByHandInput) => string, encoding?: 'hex') =>
  (v: SignatureVariant, input: VariantByHandInput) =>
    expect(v.signature).toBe(base64Hmac(key(input), input.correct.signedText, encoding))

runSignatureVariantsSuite(kucoinEmulation, {
  byHand: {
    correct: signs(`1700000000123POST/api/v1/orders?z=a b&a=1,2${body}`),
    'encoded-query': signs(`1700000000123POST/api/v1/orders?z=a%20b&a=1%2C2${body}`),
    'plus-for-space': signs(`1700000000123POST/api/v1/orders?z=a+b&a=1%2C2${body}`),
    'sorted-params': signs(`1700000000123POST/api/v1/orders?a=1,2&z=a b${body}`),
    'query-omitted': signs(`1700000000123POST/api/v1/orders${body}`),
    'body-omitted': signs('1700000000123POST/api/v1/orders?z=a b&a=1,2'),
    'json-spacing': signs(
      `1700000000123POST/api/v1/orders?z=a b&a=1,2${body.replaceAll('":"', '": "').replaceAll('","', '", "')}`,
    ),
    'timestamp-seconds': signs(`1700000000POST/api/v1/orders?z=a b&a=1,2${body}`),
    'method-lowercase': signs(`1700000000123post/api/v1/orders?z=a b&a=1,2${body}`),
    'host-included': signs(`1700000000123POSThttps://api.kucoin.com/api/v1/orders?z=a b&a=1,2${body}`),
    'hex-output': sameTextKeyedBy(({ secret }) => secret, 'hex'),
    'secret-trailing-newline': sameTextKeyedBy(({ secret }) => `${secret}\n`),
    'passphrase-as-secret': sameTextKeyedBy(({ passphrase }) => passphrase),
  },
  signText: (text, secret) => base64Hmac(secret, text),
  extractSignature: (request) => request.headers['KC-API-SIGN']!,
})

it('behavior: ways that coincide with `correct` for a simple request are dropped', () => {
  const credentials = { apiKey: 'variants-key', secret: 'variants-secret-1234', passphrase: 'variants-pass' }
  const simple: RequestIntent = { method: 'GET', path: '/api/v1/accounts', security: 'signed' }
  const ids = kucoinSignatureVariants({ credentials, intent: simple, timestamp: 1_700_000_000_123 }).map(
    (v) => v.id,
  )
  expect(ids).not.toContain('encoded-query')
  expect(ids[0]).toBe('correct')
})
