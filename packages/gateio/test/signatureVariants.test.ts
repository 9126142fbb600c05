import { createHash, createHmac } from 'node:crypto'
import type { SignatureVariant } from '@signet/core'
import { runSignatureVariantsSuite, type VariantByHandInput } from '@signet/core/testing'
import { expect } from 'vitest'
import { gateioEmulation, gateioExamples } from '../src/emulate/index'

// spec gateio.md: METHOD \n /api/v4 path \n unencoded query \n hex(SHA-512(body)) \n Unix seconds; HMAC-SHA512, hex.
// The suite signs the example order with `z=a b&a=1,2` added, at 1700000000.123 s.
const sha512 = (text: string) => createHash('sha512').update(text).digest('hex')
const hmac = (key: string, text: string, algorithm = 'sha512', encoding: 'hex' | 'base64' = 'hex') =>
  createHmac(algorithm, key).update(text).digest(encoding)
const body = JSON.stringify(gateioExamples.placeOrder('variants-1').body)
// Each line of the signed text, as the docs list them; a variant changes one.
const lines = ['POST', '/api/v4/spot/orders', 'z=a b&a=1,2', sha512(body), '1700000000']
const withLine = (index: number, text: string) => (v: SignatureVariant) =>
  expect(v.signedText).toBe(lines.map((line, i) => (i === index ? text : line)).join('\n'))
const signedWith =
  (key: (secret: string) => string, algorithm?: string, encoding?: 'base64') =>
  (v: SignatureVariant, { correct, secret }: VariantByHandInput) =>
    expect(v.signature).toBe(hmac(key(secret), correct.signedText, algorithm, encoding))

runSignatureVariantsSuite(gateioEmulation, {
  byHand: {
    correct: (v) => expect(v.signedText).toBe(lines.join('\n')),
    'encoded-query': withLine(2, 'z=a%20b&a=1%2C2'),
    'sorted-params': withLine(2, 'a=1,2&z=a b'),
    'query-question-mark': withLine(2, '?z=a b&a=1,2'),
    'path-without-prefix': withLine(1, '/spot/orders'),
    'raw-body': withLine(3, body),
    // Python's json.dumps: a space after every ":" and "," (no value here holds either).
    'json-spacing': withLine(3, sha512(body.replaceAll('":"', '": "').replaceAll('","', '", "'))),
    'timestamp-milliseconds': withLine(4, '1700000000123'),
    'method-lowercase': withLine(0, 'post'),
    'base64-output': signedWith((s) => s, 'sha512', 'base64'),
    'hmac-sha256': signedWith((s) => s, 'sha256'),
    'secret-trailing-newline': signedWith((s) => `${s}\n`),
  },
  signText: (text, secret) => hmac(secret, text),
  extractSignature: (request) => request.headers.SIGN!,
})
