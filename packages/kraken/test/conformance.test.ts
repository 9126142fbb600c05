import { runSignerConformance } from '@signet/core/testing'
import { krakenExamples } from '../src/emulate/index'
import { kraken } from '../src/index'
import { krakenVerification } from '../src/verify/index'
import { testKey } from './_keys'
import { vectors } from './vectors'

runSignerConformance({
  exchange: kraken,
  verification: krakenVerification,
  examples: krakenExamples,
  credentials: testKey,
  verifierKey: testKey,
  intents: [
    krakenExamples.account,
    {
      method: 'POST',
      path: '/0/private/QueryOrders',
      form: { txid: 'OQCLML-BW3P3-BUCMWZ', userref: 7, note: "a b+c&d=e%25f/g:h@i,j?k#l'm~n*o é中😀" },
      security: 'signed',
    },
    krakenExamples.placeOrder('conformance-1'),
    krakenExamples.cancelOrder('conformance-1'),
    {
      method: 'POST',
      path: '/0/private/CancelOrderBatch',
      body: { orders: ['OQCLML-BW3P3-BUCMWZ', 'OB5VMB-B4U2U-DK2WRW'] },
      security: 'signed',
    },
  ],
  vectors,
  expectedHeaders: () => ['API-Key', 'API-Sign', 'Content-Type'],
  extractSignature: (request) => request.headers['API-Sign']!,
  secrets: [testKey.secret],
})
