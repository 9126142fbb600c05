import { generateKeyPairSync, randomBytes } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { runSignerConformance } from '@signet/core/testing'
import { bybitExamples } from '../src/emulate/index'
import { bybit } from '../src/index'
import { bybitVerification } from '../src/verify/index'
import { vectors } from './vectors'

const secret = randomBytes(18).toString('hex')
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const intents: RequestIntent[] = [
  {
    method: 'GET',
    path: '/v5/order/realtime',
    params: { category: 'linear', symbol: 'BTC,ETH é' },
    security: 'signed',
  },
  bybitExamples.placeOrder('conf-1'),
  { method: 'GET', path: '/v5/account/wallet-balance', security: 'signed' },
]
const common = {
  exchange: bybit,
  verification: bybitVerification,
  examples: bybitExamples,
  intents,
  vectors,
  expectedHeaders: (i: RequestIntent) => [
    'X-BAPI-API-KEY',
    'X-BAPI-TIMESTAMP',
    'X-BAPI-SIGN',
    'X-BAPI-RECV-WINDOW',
    ...(i.method === 'POST' ? ['Content-Type'] : []),
  ],
  extractSignature: (r: { headers: Readonly<Record<string, string>> }) => r.headers['X-BAPI-SIGN']!,
  // Bybit does not sign Content-Type (spec §2), so a tampered one cannot be caught by the signature.
  unsignedHeaders: ['Content-Type'],
}

runSignerConformance({
  ...common,
  credentials: { apiKey: 'conf-hmac-key', secret },
  verifierKey: { apiKey: 'conf-hmac-key', secret },
  secrets: [secret],
})

runSignerConformance({
  ...common,
  credentials: {
    apiKey: 'conf-rsa-key',
    privateKey: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  },
  verifierKey: { apiKey: 'conf-rsa-key', publicKey: rsa.publicKey },
  secrets: [rsa.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64').slice(40, 120)],
})
