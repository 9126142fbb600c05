import { runSignerConformance } from '@signet/core/testing'
import { acmeExamples } from '../src/emulate/index'
import { acme } from '../src/index'
import { acmeVerification } from '../src/verify/index'
import { vectors } from './vectors'

// A made-up key; never a real one.
const credentials = {
  apiKey: 'conformance-key',
  secret: 'conformance-secret-1234',
  passphrase: 'conformance-pass',
}

runSignerConformance({
  exchange: acme,
  verification: acmeVerification,
  examples: acmeExamples,
  credentials,
  verifierKey: credentials,
  vectors,
  expectedHeaders: (intent) => [
    'ACME-KEY',
    'ACME-SIGN',
    'ACME-TIMESTAMP',
    'ACME-PASSPHRASE',
    ...(intent.body === undefined ? [] : ['Content-Type']),
  ],
  extractSignature: (request) => request.headers['ACME-SIGN']!,
  // Content-Type is not signed (RULES.md); the verifier reads the body as sent.
  unsignedHeaders: ['Content-Type'],
  secrets: [credentials.secret, credentials.passphrase],
})
