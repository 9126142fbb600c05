import { runSignerConformance } from '@signet/core/testing'
import { kucoinExamples } from '../src/emulate/index'
import { kucoin } from '../src/index'
import { kucoinVerification } from '../src/verify/index'
import { vectors } from './vectors'

const credentials = {
  apiKey: 'conformance-key',
  secret: 'conformance-secret-1234',
  passphrase: 'conformance-pass',
}

runSignerConformance({
  exchange: kucoin,
  verification: kucoinVerification,
  examples: kucoinExamples,
  credentials,
  verifierKey: credentials,
  vectors,
  expectedHeaders: (intent) => [
    'KC-API-KEY',
    'KC-API-SIGN',
    'KC-API-TIMESTAMP',
    'KC-API-PASSPHRASE',
    'KC-API-KEY-VERSION',
    ...(intent.body === undefined ? [] : ['Content-Type']),
  ],
  extractSignature: (request) => request.headers['KC-API-SIGN']!,
  secrets: [credentials.secret, credentials.passphrase],
  unsignedHeaders: ['Content-Type'],
})
