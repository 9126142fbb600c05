import type { Credentials } from '@signet/core'
import type { SignerVector } from '@signet/core/testing'

// Coinbase publishes no worked example (ES256 is randomised and every header carries a random nonce, spec
// coinbase.md §10). These vectors come from an independent implementation instead: jose 6.2.17
// `new SignJWT({ iss, sub, nbf, exp, uri }).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT', nonce }).sign(key)`
// with a made-up Ed25519 key (seed = SHA-256("signet coinbase vector 1 (made up)")) and a fixed nonce. EdDSA is
// deterministic, so with the nonce fixed Signet must write the same token byte for byte.

const apiKey =
  'organizations/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/apiKeys/1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809'
const credentials = {
  apiKey,
  privateKey: 'dkCgmHlNlNJXSo4uVxyQjBANQMn0w6Z9dJdhRAf5tjIrdZ580iKYQDgDu6VRxMQe6oQgFfIiAflJo5RBfTolnQ==',
  // The nonce 00112233…eeff, where the signer would draw 16 random bytes.
  randomBytes: () => Buffer.from('00112233445566778899aabbccddeeff', 'hex'),
} as Credentials
const source =
  'jose 6.2.17 SignJWT (EdDSA, made-up key, fixed nonce): an independent implementation; Coinbase publishes no vector'

/** Coinbase vectors with their sources. */
export const vectors: SignerVector[] = [
  {
    name: 'GET accounts with a query (the query stays out of uri)',
    source,
    credentials,
    intent: { method: 'GET', path: '/api/v3/brokerage/accounts', params: { limit: 49 }, security: 'signed' },
    options: { timestamp: 1_700_000_000_999 },
    expected: {
      url: '/api/v3/brokerage/accounts?limit=49',
      headers: {
        Authorization:
          'Bearer eyJhbGciOiJFZERTQSIsImtpZCI6Im9yZ2FuaXphdGlvbnMvMGIxYzJkM2UtNGY1MC02MTcyLTgzOTQtYTViNmM3ZDhlOWYwL2FwaUtleXMvMWEyYjNjNGQtNWU2Zi03MDgxLTkyYTMtYjRjNWQ2ZTdmODA5IiwidHlwIjoiSldUIiwibm9uY2UiOiIwMDExMjIzMzQ0NTU2Njc3ODg5OWFhYmJjY2RkZWVmZiJ9.eyJpc3MiOiJjZHAiLCJzdWIiOiJvcmdhbml6YXRpb25zLzBiMWMyZDNlLTRmNTAtNjE3Mi04Mzk0LWE1YjZjN2Q4ZTlmMC9hcGlLZXlzLzFhMmIzYzRkLTVlNmYtNzA4MS05MmEzLWI0YzVkNmU3ZjgwOSIsIm5iZiI6MTcwMDAwMDAwMCwiZXhwIjoxNzAwMDAwMTIwLCJ1cmkiOiJHRVQgYXBpLmNvaW5iYXNlLmNvbS9hcGkvdjMvYnJva2VyYWdlL2FjY291bnRzIn0.jClczc_YmFlsVoWHN9LAWQXmRo1kusul6sbWNRSuk75-a0-YWIGWunCJq0hAPUd5_aPUrz_D3n7uVB9u37tSDg',
      },
    },
  },
  {
    name: 'POST an order (the body is not part of the token)',
    source,
    credentials,
    intent: {
      method: 'POST',
      path: '/api/v3/brokerage/orders',
      body: { client_order_id: 'v-1', product_id: 'BTC-USD', side: 'BUY' },
      security: 'signed',
    },
    options: { timestamp: 1_700_000_000_000 },
    expected: {
      url: '/api/v3/brokerage/orders',
      body: '{"client_order_id":"v-1","product_id":"BTC-USD","side":"BUY"}',
      headers: {
        Authorization:
          'Bearer eyJhbGciOiJFZERTQSIsImtpZCI6Im9yZ2FuaXphdGlvbnMvMGIxYzJkM2UtNGY1MC02MTcyLTgzOTQtYTViNmM3ZDhlOWYwL2FwaUtleXMvMWEyYjNjNGQtNWU2Zi03MDgxLTkyYTMtYjRjNWQ2ZTdmODA5IiwidHlwIjoiSldUIiwibm9uY2UiOiIwMDExMjIzMzQ0NTU2Njc3ODg5OWFhYmJjY2RkZWVmZiJ9.eyJpc3MiOiJjZHAiLCJzdWIiOiJvcmdhbml6YXRpb25zLzBiMWMyZDNlLTRmNTAtNjE3Mi04Mzk0LWE1YjZjN2Q4ZTlmMC9hcGlLZXlzLzFhMmIzYzRkLTVlNmYtNzA4MS05MmEzLWI0YzVkNmU3ZjgwOSIsIm5iZiI6MTcwMDAwMDAwMCwiZXhwIjoxNzAwMDAwMTIwLCJ1cmkiOiJQT1NUIGFwaS5jb2luYmFzZS5jb20vYXBpL3YzL2Jyb2tlcmFnZS9vcmRlcnMifQ.VqpmFzwuWtfOoDAOvPyQsM8bC6KOTisVxzjJIDxRM44YlDGo8ZztupKbGlI7_qep9GsApr8cF6qFBMrdrn3qDg',
        'Content-Type': 'application/json',
      },
    },
  },
]
