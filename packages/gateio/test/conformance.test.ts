import { runSignerConformance } from '@signet/core/testing'
import { gateioExamples } from '../src/emulate/index'
import { gateio } from '../src/index'
import { gateioVerification } from '../src/verify/index'
import { vectors } from './vectors'

const credentials = { apiKey: 'conformance-key', secret: 'conformance-secret-1234' }

runSignerConformance({
  exchange: gateio,
  verification: gateioVerification,
  examples: gateioExamples,
  credentials,
  verifierKey: credentials,
  vectors,
  expectedHeaders: (intent) => [
    'KEY',
    'Timestamp',
    'SIGN',
    ...(intent.body === undefined ? [] : ['Content-Type']),
  ],
  extractSignature: (request) => request.headers.SIGN!,
  secrets: [credentials.secret],
  unsignedHeaders: ['Content-Type'],
})
