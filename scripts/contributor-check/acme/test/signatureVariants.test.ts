import { createHmac } from 'node:crypto'
import type { SignatureVariant } from '@signet/core'
import { runSignatureVariantsSuite, type VariantByHandInput } from '@signet/core/testing'
import { expect } from 'vitest'
import { acmeEmulation, acmeExamples } from '../src/emulate/index'

// RULES.md: base64(HMAC-SHA256(secret, timestamp + METHOD + path?query as sent + body)). The suite signs the
// example order with `z=a b&a=1,2` added, at 1700000000123 ms.
const hmac = (key: string, text: string, encoding: 'base64' | 'hex' = 'base64') =>
  createHmac('sha256', key).update(text).digest(encoding)
const body = JSON.stringify(acmeExamples.placeOrder('variants-1').body)
const text = (query: string, b = body, start = '1700000000123POST') =>
  `${start}/api/v1/order${query === '' ? '' : `?${query}`}${b}`
const signs = (expected: string) => (v: SignatureVariant) => expect(v.signedText).toBe(expected)
const keyedBy =
  (key: (input: VariantByHandInput) => string, encoding?: 'hex') =>
  (v: SignatureVariant, input: VariantByHandInput) =>
    expect(v.signature).toBe(hmac(key(input), input.correct.signedText, encoding))

runSignatureVariantsSuite(acmeEmulation, {
  byHand: {
    correct: signs(text('z=a%20b&a=1%2C2')),
    'unencoded-query': signs(text('z=a b&a=1,2')),
    'plus-for-space': signs(text('z=a+b&a=1%2C2')),
    'sorted-params': signs(text('a=1,2&z=a b')),
    'query-omitted': signs(text('')),
    'body-omitted': signs(text('z=a%20b&a=1%2C2', '')),
    'json-spacing': signs(text('z=a%20b&a=1%2C2', body.replaceAll('":"', '": "').replaceAll('","', '", "'))),
    'timestamp-seconds': signs(text('z=a%20b&a=1%2C2', body, '1700000000POST')),
    'method-lowercase': signs(text('z=a%20b&a=1%2C2', body, '1700000000123post')),
    'hex-output': keyedBy(({ secret }) => secret, 'hex'),
    'secret-trailing-newline': keyedBy(({ secret }) => `${secret}\n`),
    'passphrase-as-secret': keyedBy(({ passphrase }) => passphrase),
  },
  signText: (signed, secret) => hmac(secret, signed),
  extractSignature: (request) => request.headers['ACME-SIGN']!,
})
