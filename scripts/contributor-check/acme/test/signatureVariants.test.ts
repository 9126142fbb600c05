import { createHmac } from 'node:crypto'
import { runSignatureVariantsSuite } from '@signet/core/testing'
import { expect, it } from 'vitest'
import { acmeSignatureVariants } from '../src/diagnose/index'
import { acmeEmulation } from '../src/emulate/index'

runSignatureVariantsSuite(acmeEmulation, {
  ids: [
    'correct',
    'unencoded-query',
    'plus-for-space',
    'sorted-params',
    'query-omitted',
    'body-omitted',
    'json-spacing',
    'timestamp-seconds',
    'method-lowercase',
    'hex-output',
    'secret-trailing-newline',
    'passphrase-as-secret',
  ],
  extractSignature: (request) => request.headers['ACME-SIGN']!,
})

it('behavior: the correct text and the hex variant, by hand (RULES.md)', () => {
  const credentials = { apiKey: 'k', secret: 'variants-secret-1234', passphrase: 'p' }
  const intent = {
    method: 'GET',
    path: '/api/v1/account',
    params: { type: 'a b' },
    security: 'signed',
  } as const
  const byId = Object.fromEntries(
    acmeSignatureVariants({ credentials, intent, timestamp: 1_700_000_000_000 }).map((v) => [v.id, v]),
  )
  const text = '1700000000000GET/api/v1/account?type=a%20b'
  expect(byId.correct?.signedText).toBe(text)
  expect(byId['hex-output']?.signature).toBe(
    createHmac('sha256', credentials.secret).update(text).digest('hex'),
  )
})
