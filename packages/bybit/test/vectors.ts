// Bybit vectors. The docs' own HMAC examples cannot be reproduced (their secret is not published, spec
// bybit.md §9), so these are the spec's self-computed vectors over the docs' example strings: computed with
// node:crypto and cross-checked with `openssl dgst` by docs/spec/vectors/verify-vectors.mjs.
// The RSA key is the spec's throwaway TEST-ONLY key (docs/spec/vectors/rsa2048-TEST-ONLY.pem, copied here).
import { readFileSync } from 'node:fs'
import type { SignerVector } from '@signet/core/testing'

const GUIDE = 'https://bybit-exchange.github.io/docs/v5/guide#create-a-request'

export const BY_KEY = 'TESTKEY123'
export const BY_SECRET = 'TESTSECRET456'
export const RSA_TEST_PEM = readFileSync(new URL('./fixtures/rsa2048-TEST-ONLY.pem', import.meta.url), 'utf8')

/** The docs' example strings (guide "Create A Request"), with apiKey `XXXXXXXXXX` as printed. */
export const DOC_STRINGS = {
  get: '1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C',
  // The docs print the POST body as `{"category": "option"}` (space after the colon).
  post: '1658385579423XXXXXXXXXX5000{"category": "option"}',
}

export const vectors: SignerVector[] = [
  {
    name: 'BY-S1 GET query',
    source: `${GUIDE} (GET example string); docs/spec/bybit.md §9 BY-S1`,
    credentials: { apiKey: BY_KEY, secret: BY_SECRET },
    intent: {
      method: 'GET',
      path: '/v5/order/realtime',
      params: { category: 'option', symbol: 'BTC-29JUL22-25000-C' },
      security: 'signed',
    },
    options: { timestamp: 1658384314791 },
    expected: {
      url: '/v5/order/realtime?category=option&symbol=BTC-29JUL22-25000-C',
      headers: {
        'X-BAPI-API-KEY': BY_KEY,
        'X-BAPI-TIMESTAMP': '1658384314791',
        'X-BAPI-RECV-WINDOW': '5000',
        'X-BAPI-SIGN': '877d88fcd7ac8212a5891fd12aa4134fc0550e70a5db4fa68ed1a30311eeed58',
      },
    },
  },
  {
    name: 'BY-S2 POST compact JSON',
    source: `${GUIDE} (POST example, compact body); docs/spec/bybit.md §9 BY-S2`,
    credentials: { apiKey: BY_KEY, secret: BY_SECRET },
    intent: { method: 'POST', path: '/v5/order/create', body: { category: 'option' }, security: 'signed' },
    options: { timestamp: 1658385579423 },
    expected: {
      url: '/v5/order/create',
      body: '{"category":"option"}',
      headers: {
        'X-BAPI-SIGN': 'bec61eff8a6fdb451de497e4fb4498fe547465e6c6f04284ac12c2e3f1651a4b',
        'Content-Type': 'application/json',
      },
    },
  },
  {
    name: 'BY-S3 POST doc-style JSON (space after colon), pre-serialised string body',
    source: `${GUIDE} (POST example body as printed); docs/spec/bybit.md §9 BY-S3`,
    credentials: { apiKey: BY_KEY, secret: BY_SECRET },
    intent: { method: 'POST', path: '/v5/order/create', body: '{"category": "option"}', security: 'signed' },
    options: { timestamp: 1658385579423 },
    expected: {
      body: '{"category": "option"}',
      headers: { 'X-BAPI-SIGN': 'f6ac2374101aea46e240cce4369157349d1c0486c7e434438ceab0b76f34d0e6' },
    },
  },
  {
    name: 'BY-S5 RSA PKCS#1 v1.5 SHA-256 base64 over the BY-S1 string',
    source: `${GUIDE}; https://github.com/bybit-exchange/api-usage-examples/blob/master/V5_demo/api_demo/Encryption_RSA.py; docs/spec/bybit.md §9 BY-S5`,
    credentials: { apiKey: BY_KEY, privateKey: RSA_TEST_PEM },
    intent: {
      method: 'GET',
      path: '/v5/order/realtime',
      params: { category: 'option', symbol: 'BTC-29JUL22-25000-C' },
      security: 'signed',
    },
    options: { timestamp: 1658384314791 },
    expected: {
      headers: {
        'X-BAPI-SIGN':
          'Z3rjJa8XxN5FgT7kwkrSF5VSNzWHY0upkOYqhw+gjWxdEm0dbWoNh4Z/+hROKXCj7XB/bPTQXNYFepO9mDEnrSBOiAPVIj+0E55oOdS4Nbwmpr6id/Xwqu/bdsFaGg2DZ/B6K/c6wIaFs4NaatiQYZojf3XkemcOKF/epARA5ScD2YV6Dp6XVqePdgJHPbviEFUT3ZQ9CS4KUj1LPUYXQrNf7BGA8UHNPPpjzeT9my9rfrxIgs0BUa3sGhzRtZS+J49oH7UQiwpl8z0buPvqfiGnsNxg9LnlxSqDxvn20jTk5zRHEeMO3/4LQ7PJdufVs1M1oqkWp/SkghKSMKX4mQ==',
      },
    },
  },
]

/** BY-S4: WebSocket auth, HMAC hex of `GET/realtime` + expires ([WS] wss-authentication; spec §9). */
export const wsVector = {
  name: 'BY-S4 WS auth',
  source: 'https://bybit-exchange.github.io/docs/v5/ws/connect#authentication; docs/spec/bybit.md §9 BY-S4',
  expires: 1662350400000,
  signature: '3469bc86f9a1ed6961faed30c10cd124d516c8af944be308b4a2a8cd55ef7c5e',
}
