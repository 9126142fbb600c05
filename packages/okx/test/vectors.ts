import type { SignerVector } from '@signet/core/testing'

// OKX's docs publish no reproducible vector (spec okx.md §9): their example OK-ACCESS-SIGN has no path or secret,
// and their WS example sign does not match their example SecretKey. The vectors below use the docs' example
// SecretKey and the docs' example timestamp, body and path, and were computed independently of Signet
// (spec/vectors/verify-vectors.mjs with node:crypto, cross-checked with `openssl dgst -sha256 -hmac … -binary | base64`).
const AUTH = 'https://www.okx.com/docs-v5/en/#overview-rest-authentication-signature'
const WSLOGIN = 'https://www.okx.com/docs-v5/en/#overview-websocket-login'

/** The docs' example SecretKey (https://www.okx.com/docs-v5/en/#overview-rest-authentication). */
export const DOC_SECRET = '22582BD0CFF14C41EDBF1AB98506286D'
/** The docs redact their example key and passphrase (`37c541a1-****-…`, `1****6`); these stand in for them. */
export const DOC_API_KEY = '37c541a1-0000-4000-8000-10fe7a038418'
export const DOC_PASSPHRASE = 'Doc-Example-Pass1'

/** `2020-12-08T09:08:57.715Z`, the docs' example OK-ACCESS-TIMESTAMP (spec okx.md §3). */
export const DOC_TIMESTAMP_MS = Date.UTC(2020, 11, 8, 9, 8, 57, 715)

const credentials = { apiKey: DOC_API_KEY, secret: DOC_SECRET, passphrase: DOC_PASSPHRASE }

export const vectors: SignerVector[] = [
  {
    name: 'OKX-S1 GET with query',
    source: `${AUTH} (spec okx.md §9 OKX-S1)`,
    credentials,
    intent: { method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'BTC' }, security: 'signed' },
    options: { timestamp: DOC_TIMESTAMP_MS },
    expected: {
      url: '/api/v5/account/balance?ccy=BTC',
      headers: {
        'OK-ACCESS-TIMESTAMP': '2020-12-08T09:08:57.715Z',
        'OK-ACCESS-SIGN': 'HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=',
      },
    },
  },
  {
    name: 'OKX-S2 POST with the docs example body',
    source: `${AUTH} (spec okx.md §9 OKX-S2)`,
    credentials,
    intent: {
      method: 'POST',
      path: '/api/v5/account/set-leverage',
      body: { instId: 'BTC-USDT', lever: '5', mgnMode: 'isolated' },
      security: 'signed',
    },
    options: { timestamp: DOC_TIMESTAMP_MS },
    expected: {
      url: '/api/v5/account/set-leverage',
      body: '{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}',
      headers: {
        'OK-ACCESS-TIMESTAMP': '2020-12-08T09:08:57.715Z',
        'OK-ACCESS-SIGN': 'eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8=',
      },
    },
  },
]

/** OKX-S3: WebSocket login with the docs' example timestamp 1538054050 (Unix seconds). */
export const wsLoginVector = {
  name: 'OKX-S3 WS login',
  source: `${WSLOGIN} (spec okx.md §9 OKX-S3)`,
  credentials,
  timestampSeconds: '1538054050',
  prehash: '1538054050GET/users/self/verify',
  sign: '+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=',
}
