import { runSignerConformance } from '@signet/core/testing'
import { okxExamples } from '../src/emulate/index'
import { okx } from '../src/index'
import { okxVerification } from '../src/verify/index'
import { vectors } from './vectors'

// A key made up for this test (OKX keys are UUIDs, secrets 32 hex characters: spec okx.md §1).
const credentials = {
  apiKey: '5c3e1f0a-9b7d-4e2a-8c61-0f2d3b4a5e6f',
  secret: '7F3A9C1E5B2D8046AFE1C3B5D7092846',
  passphrase: 'Conformance-Pass9',
}

runSignerConformance({
  exchange: okx,
  verification: okxVerification,
  examples: okxExamples,
  credentials,
  verifierKey: credentials,
  intents: [
    okxExamples.account,
    {
      method: 'GET',
      path: '/api/v5/trade/orders-pending',
      params: { instType: 'SPOT', instId: 'BTC-USDT,ETH-USDT', note: 'a b&c=d' },
      security: 'signed',
    },
    okxExamples.placeOrder('sig1conformance'),
    {
      method: 'POST',
      path: '/api/v5/account/set-leverage',
      body: { instId: 'BTC-USDT', lever: '5', mgnMode: 'isolated' },
      security: 'signed',
    },
  ],
  vectors,
  expectedHeaders: (intent) => [
    'OK-ACCESS-KEY',
    'OK-ACCESS-SIGN',
    'OK-ACCESS-TIMESTAMP',
    'OK-ACCESS-PASSPHRASE',
    ...(intent.method === 'POST' ? ['Content-Type'] : []),
  ],
  extractSignature: (request) => request.headers['OK-ACCESS-SIGN']!,
  secrets: [credentials.secret, credentials.passphrase],
  // OKX signs neither Content-Type nor any header name; a wrong Content-Type is answered by OKX's HTTP layer,
  // which the spec does not document (okx.md §3), so the verifier does not emulate it.
  unsignedHeaders: ['Content-Type'],
})
