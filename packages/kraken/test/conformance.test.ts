import { runSignerConformance } from '@signet/core/testing'
import { kraken } from '../src/index'
import { testKey } from './_keys'
import { vectors } from './vectors'

runSignerConformance({
  exchange: kraken,
  credentials: testKey,
  verifierKey: testKey,
  intents: [
    kraken.examples.account,
    {
      method: 'POST',
      path: '/0/private/QueryOrders',
      form: { txid: 'OQCLML-BW3P3-BUCMWZ', userref: 7, note: "a b+c&d=e%25f/g:h@i,j?k#l'm~n*o é中😀" },
      security: 'signed',
    },
    kraken.examples.placeOrder('conformance-1'),
    kraken.examples.cancelOrder('conformance-1'),
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
