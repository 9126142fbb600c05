import type { SignedRequest } from '@signet/core'
import { conformanceIntents, runSignerConformance } from '@signet/core/testing'
import { coinbaseExamples } from '../src/emulate/index'
import { coinbase } from '../src/index'
import { coinbaseTestKey, coinbaseVerification } from '../src/verify/index'
import { peek } from './_keys'
import { vectors } from './vectors'

/** What must not vary between two signings of the same request: everything but the nonce and the signature. */
function stable(request: SignedRequest) {
  const { Authorization, ...headers } = request.headers
  const { header, claims } = peek(Authorization!.replace(/^Bearer /, ''))
  const { nonce, ...fixed } = header
  return { method: request.method, url: request.url, body: request.body, headers, header: fixed, claims }
}

// One generated key per key type Coinbase issues.
for (const algorithm of ['ES256', 'EdDSA'] as const) {
  const { credentials, verifierKey, secrets } = coinbaseTestKey(algorithm)
  runSignerConformance({
    exchange: coinbase,
    verification: coinbaseVerification,
    examples: coinbaseExamples,
    credentials,
    verifierKey,
    intents: conformanceIntents(coinbase, coinbaseExamples),
    vectors,
    expectedHeaders: (intent) => ['Authorization', ...(intent.body === undefined ? [] : ['Content-Type'])],
    extractSignature: (request) => request.headers.Authorization!.split('.')[2]!,
    secrets,
    unsignedHeaders: ['Content-Type'],
    // spec coinbase.md §2, §7: the uri claim names method, host and path; the query and body are not signed.
    unsignedParts: ['query', 'body'],
    randomized: {
      reason: `${algorithm}: each token carries a random nonce${algorithm === 'ES256' ? ' and ES256 signatures are randomised' : ''}`,
      stable,
    },
  })
}
