import type { Verifier, VerifierOptions } from '@signet/core'
import { canTrade, hmac, hmacKeyRing, jsonVerifier, safeEqual, type VerifierRefusals } from '@signet/core/kit'
import { acmeErrors } from './errors'
import { acmeStringToSign } from './stringToSign'

/** The codes Acme refuses a signed request with (RULES.md). */
export const acmeRefusals = {
  headers: ['ACME-KEY', 'ACME-SIGN', 'ACME-TIMESTAMP', 'ACME-PASSPHRASE'],
  missingHeader: '40001',
  expired: '40002',
  unknownKey: '40003',
  passphrase: '40004',
  badSignature: '40005',
  readOnly: '40006',
  notFound: '40404',
} as const satisfies VerifierRefusals
const R = acmeRefusals

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
      'not-found': [404, R.notFound, 'Not Found'],
      'duplicate-order': [400, '40010', 'Duplicate clientOid'],
      'order-not-found': [400, '40011', 'Order does not exist'],
      internal: [500, '50000', 'Internal error'],
    },
    refusals: R,
    check: (raw, reject, request) => {
      // jsonVerifier has refused a request missing any of R.headers.
      const h = raw.headers
      const apiKey = h['acme-key']!
      const sign = h['acme-sign']!
      const timestamp = h['acme-timestamp']!
      const passphrase = h['acme-passphrase']!
      // RULES.md: accepted when now - 10000 <= timestamp < now + 1000.
      const now = options.now()
      const ts = /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : Number.NaN
      if (!(ts >= now - 10_000 && ts < now + 1000)) return reject(R.expired, 'timestamp')
      const key = keys.get(apiKey)
      if (!key) return reject(R.unknownKey, 'invalid-api-key')
      if (!safeEqual(passphrase, key.record.passphrase ?? '')) return reject(R.passphrase, 'passphrase')
      const expected = hmac('sha256', key.hmacKey, acmeStringToSign(request), 'base64')
      if (!safeEqual(sign, expected)) return reject(R.badSignature, 'invalid-signature')
      if (raw.method !== 'GET' && !canTrade(key.record)) return reject(R.readOnly, 'permission')
      return raw.accept(apiKey)
    },
  })
}
