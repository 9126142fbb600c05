import type { Verifier, VerifierOptions } from '@signet/core'
import { canTrade, hmac, hmacKeyRing, jsonVerifier, safeEqual } from '@signet/core/kit'
import { acmeErrors } from './errors'
import { acmeStringToSign } from './stringToSign'

/**
 * Creates a verifier that checks requests the way Acme's server does and answers with its error codes.
 *
 * @example
 * const verifier = createAcmeVerifier({ keys: [{ apiKey, secret, passphrase }], now: () => Date.now() })
 */
export function createAcmeVerifier(options: VerifierOptions): Verifier {
  const keys = hmacKeyRing(options)
  return jsonVerifier(options, {
    exchange: 'acme',
    errors: acmeErrors,
    error: (code, msg) => ({ code, msg }),
    serverTime: (serverTime) => ({ code: '0', data: serverTime }),
    ok: (data) => ({ code: '0', data }),
    generic: {
      'not-found': [404, '40404', 'Not Found'],
      'duplicate-order': [400, '40010', 'Duplicate clientOid'],
      'order-not-found': [400, '40011', 'Order does not exist'],
      internal: [500, '50000', 'Internal error'],
    },
    check: (raw, reject, request) => {
      const h = raw.headers
      const [apiKey, sign, timestamp, passphrase] = ['key', 'sign', 'timestamp', 'passphrase'].map(
        (n) => h[`acme-${n}`],
      )
      if (!apiKey || !sign || !timestamp || !passphrase) return reject('40001', 'invalid-api-key')
      // RULES.md: accepted when now - 10000 <= timestamp < now + 1000.
      const now = options.now()
      const ts = /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : Number.NaN
      if (!(ts >= now - 10_000 && ts < now + 1000)) return reject('40002', 'timestamp')
      const key = keys.get(apiKey)
      if (!key) return reject('40003', 'invalid-api-key')
      if (!safeEqual(passphrase, key.record.passphrase ?? '')) return reject('40004', 'passphrase')
      const expected = hmac('sha256', key.hmacKey, acmeStringToSign(request), 'base64')
      if (!safeEqual(sign, expected)) return reject('40005', 'invalid-signature')
      if (raw.method !== 'GET' && !canTrade(key.record)) return reject('40006', 'permission')
      return raw.accept(apiKey)
    },
  })
}
