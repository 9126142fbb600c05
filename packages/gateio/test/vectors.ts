import type { SignerVector } from '@signet/core/testing'

const source =
  'https://www.gate.io/docs/developers/apiv4/en/#apiv4-signed-request-requirements (worked examples; recomputed by docs/spec/vectors/verify-vectors.mjs)'
// The docs' example key: KEY "key", secret "secret", Timestamp 1541993715 (seconds).
const credentials = { apiKey: 'key', secret: 'secret' }
const options = { timestamp: 1_541_993_715_000 }

/** Gate.io's official signing examples, through the public API. */
export const vectors: SignerVector[] = [
  {
    name: 'GATE-1 GET futures orders with query',
    source,
    credentials,
    intent: {
      method: 'GET',
      path: '/api/v4/futures/orders',
      params: { contract: 'BTC_USD', status: 'finished', limit: 50 },
      security: 'signed',
    },
    options,
    expected: {
      url: '/api/v4/futures/orders?contract=BTC_USD&status=finished&limit=50',
      headers: {
        KEY: 'key',
        Timestamp: '1541993715',
        SIGN: '55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a',
      },
    },
  },
  {
    name: 'GATE-2 POST futures order with JSON body',
    source,
    credentials,
    intent: {
      method: 'POST',
      path: '/api/v4/futures/orders',
      body: { contract: 'BTC_USD', type: 'limit', size: 100, price: 6800, time_in_force: 'gtc' },
      security: 'signed',
    },
    options,
    expected: {
      url: '/api/v4/futures/orders',
      body: '{"contract":"BTC_USD","type":"limit","size":100,"price":6800,"time_in_force":"gtc"}',
      headers: {
        KEY: 'key',
        Timestamp: '1541993715',
        SIGN: 'eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0',
      },
    },
  },
]
