import type { SignerVector } from '@signet/core/testing'

// KuCoin publishes no worked example with a secret and a signature (spec kucoin.md). These vectors
// come from an independent implementation: ccxt 4.5.84 `kucoin.sign()` (ts/src/kucoin.ts, devDependency) with
// `nonce()` fixed to 1700000000000; `vectors.test.ts` re-derives every expected value from ccxt on each run.
// The key is made up for the tests.
const credentials = {
  apiKey: 'signet-test-key',
  secret: 'signet-test-secret-0000',
  passphrase: 'signet-test-passphrase',
}
const options = { timestamp: 1_700_000_000_000 }
// base64(HMAC-SHA256('signet-test-secret-0000', 'signet-test-passphrase')), ccxt kucoin.ts KC-API-PASSPHRASE (v2).
const passphrase = 'L3JfqZsbGNz7ewcM11fx41RFRALajQDkHdcMdioeuXw='

/** KuCoin vectors with their sources. */
export const vectors: SignerVector[] = [
  {
    name: 'KC-1 GET with query',
    source:
      'ccxt 4.5.84 kucoin.sign("accounts", "private", "GET", { currency, type }) — https://github.com/ccxt/ccxt/blob/master/ts/src/kucoin.ts',
    credentials,
    intent: {
      method: 'GET',
      path: '/api/v1/accounts',
      params: { currency: 'USDT', type: 'trade' },
      security: 'signed',
    },
    options,
    expected: {
      url: '/api/v1/accounts?currency=USDT&type=trade',
      headers: {
        'KC-API-KEY': 'signet-test-key',
        'KC-API-SIGN': 'ieY58deT3HFTJkHi4WJ8wx3bVR4yzLmd87iEvDCaXYQ=',
        'KC-API-TIMESTAMP': '1700000000000',
        'KC-API-PASSPHRASE': passphrase,
        'KC-API-KEY-VERSION': '2',
      },
    },
  },
  {
    name: 'KC-2 POST order with JSON body',
    source:
      'ccxt 4.5.84 kucoin.sign("orders", "private", "POST", order) — https://github.com/ccxt/ccxt/blob/master/ts/src/kucoin.ts',
    credentials,
    intent: {
      method: 'POST',
      path: '/api/v1/orders',
      body: {
        clientOid: 'signet-0001',
        side: 'buy',
        symbol: 'BTC-USDT',
        type: 'limit',
        price: '20000',
        size: '0.0001',
      },
      security: 'signed',
    },
    options,
    expected: {
      url: '/api/v1/orders',
      body: '{"clientOid":"signet-0001","side":"buy","symbol":"BTC-USDT","type":"limit","price":"20000","size":"0.0001"}',
      headers: {
        'KC-API-SIGN': 'tPjom1a/rujGgbDP36GRetWMvd980op0A0tTTM5jv3g=',
        'KC-API-PASSPHRASE': passphrase,
      },
    },
  },
  {
    // The URL is KuCoin's own example of an encoded URL whose decoded form is signed:
    // https://www.kucoin.com/docs-new/authentication ("Signing a Message": `/api/v1/sub/api-key?apiKey=67b3&
    // subName=test&passphrase=abc%21%40%2311` is signed as `...passphrase=abc!@#11`).
    name: 'KC-3 GET with characters that need encoding (KuCoin docs example URL)',
    source:
      'URL: https://www.kucoin.com/docs-new/authentication "Signing a Message"; signature: ccxt 4.5.84 kucoin.sign("sub/api-key", ...)',
    credentials,
    intent: {
      method: 'GET',
      path: '/api/v1/sub/api-key',
      params: { apiKey: '67b3', subName: 'test', passphrase: 'abc!@#11' },
      security: 'signed',
    },
    options,
    expected: {
      url: '/api/v1/sub/api-key?apiKey=67b3&subName=test&passphrase=abc%21%40%2311',
      headers: { 'KC-API-SIGN': 'VeAn8jw5u6f+jzr+CrxRP4NKvvGQ+uyYj2qKTnP7AW8=' },
    },
  },
  {
    name: 'KC-4 DELETE by client order id',
    source:
      'ccxt 4.5.84 kucoin.sign("order/client-order/signet-0001", "private", "DELETE") — https://github.com/ccxt/ccxt/blob/master/ts/src/kucoin.ts',
    credentials,
    intent: { method: 'DELETE', path: '/api/v1/order/client-order/signet-0001', security: 'signed' },
    options,
    expected: {
      url: '/api/v1/order/client-order/signet-0001',
      headers: { 'KC-API-SIGN': '4WEpTimu0tNtwv4ypFx5XsDKA1eanjLSoWMHcQyqVfQ=' },
    },
  },
]

/** The ccxt call behind each vector, so the test can re-derive it. */
export const ccxtCalls: Record<string, { path: string; method: string; params: Record<string, string> }> = {
  'KC-1 GET with query': { path: 'accounts', method: 'GET', params: { currency: 'USDT', type: 'trade' } },
  'KC-2 POST order with JSON body': {
    path: 'orders',
    method: 'POST',
    params: {
      clientOid: 'signet-0001',
      side: 'buy',
      symbol: 'BTC-USDT',
      type: 'limit',
      price: '20000',
      size: '0.0001',
    },
  },
  'KC-3 GET with characters that need encoding (KuCoin docs example URL)': {
    path: 'sub/api-key',
    method: 'GET',
    params: { apiKey: '67b3', subName: 'test', passphrase: 'abc!@#11' },
  },
  'KC-4 DELETE by client order id': { path: 'order/client-order/signet-0001', method: 'DELETE', params: {} },
}
