import type { SignerVector } from '@signet/core/testing'

const source = 'scripts/contributor-check/acme/RULES.md; computed with Python hmac, independently of Signet'
const credentials = { apiKey: 'acme-doc-key', secret: 'acme-doc-secret-0001', passphrase: 'acme-doc-pass' }

/** Acme vectors with their sources. */
export const vectors: SignerVector[] = [
  {
    name: 'GET with a query',
    source,
    credentials,
    intent: { method: 'GET', path: '/api/v1/account', params: { type: 'spot' }, security: 'signed' },
    options: { timestamp: 1_700_000_000_000 },
    expected: {
      url: '/api/v1/account?type=spot',
      headers: { 'ACME-SIGN': 'tmNJrKduQMmWu8VoPwsj1qEkkT3QSzXNZFs4tWMJ5lU=' },
    },
  },
  {
    name: 'POST with a JSON body',
    source,
    credentials,
    intent: {
      method: 'POST',
      path: '/api/v1/order',
      body: { clientOid: 'doc-1', symbol: 'BTC-USDT', side: 'buy', price: '20000', size: '0.001' },
      security: 'signed',
    },
    options: { timestamp: 1_700_000_000_123 },
    expected: { headers: { 'ACME-SIGN': 'r0gXCeRdbOZsAskKHVC84dH4+j+RSCNBboV97H4KRlk=' } },
  },
  {
    name: 'GET with awkward characters, signed percent-encoded',
    source,
    credentials,
    intent: {
      method: 'GET',
      path: '/api/v1/account',
      params: { type: 'spot', note: 'a b+c&中' },
      security: 'signed',
    },
    options: { timestamp: 1_700_000_000_000 },
    expected: {
      url: '/api/v1/account?type=spot&note=a%20b%2Bc%26%E4%B8%AD',
      headers: { 'ACME-SIGN': 'am1kVOCLRZcETLValzlGFttpjj/qdM/+G7flwbdAZ5A=' },
    },
  },
]
