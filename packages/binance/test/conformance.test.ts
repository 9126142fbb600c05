import type { RequestIntent, SignedRequest } from '@signet/core'
import { runSignerConformance } from '@signet/core/testing'
import { describe } from 'vitest'
import { binanceExamples } from '../src/emulate/index'
import { binance } from '../src/index'
import { binanceVerification } from '../src/verify/index'
import { testKeys } from './_keys'
import { restVectors } from './vectors'

const intents: RequestIntent[] = [
  binanceExamples.account,
  binanceExamples.placeOrder('conf-1'),
  binanceExamples.cancelOrder('conf-1'),
  {
    method: 'POST',
    path: '/api/v3/order/test',
    params: { symbol: '币安人生USDT', side: 'BUY' },
    form: { quantity: '1', price: '0.1', note: 'a b@c' },
    security: 'signed',
  },
]
const keys = testKeys()
for (const type of ['hmac', 'ed25519', 'rsa'] as const) {
  describe(type, () =>
    runSignerConformance({
      exchange: binance,
      verification: binanceVerification,
      examples: binanceExamples,
      ...keys[type],
      intents,
      vectors: restVectors,
      expectedHeaders: (intent) =>
        intent.form === undefined ? ['X-MBX-APIKEY'] : ['X-MBX-APIKEY', 'Content-Type'],
      extractSignature: (r: SignedRequest) => /signature=([^&]*)$/.exec(r.body ?? r.url)![1]!,
    }),
  )
}
