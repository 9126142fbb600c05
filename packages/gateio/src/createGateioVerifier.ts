import type { Verifier, VerifierOptions } from '@signet/core'
import { canTrade, hmac, hmacKeyRing, jsonVerifier, safeEqual, type VerifierRefusals } from '@signet/core/kit'
import { gateioErrors } from './errors'
import { gateioStringToSign } from './stringToSign'

// spec gateio.md: |Timestamp − server time| ≤ 60 s, compared in whole seconds (the rejection reads
// "gap between request Timestamp and server time exceeds 60").
const WINDOW_S = 60

/** The labels Gate.io refuses a signed request with (spec gateio.md; ccxt gate.ts `exceptions`). */
export const gateioRefusals = {
  headers: ['KEY', 'Timestamp', 'SIGN'],
  missingHeader: 'MISSING_REQUIRED_HEADER',
  expired: 'REQUEST_EXPIRED',
  unknownKey: 'INVALID_KEY',
  badSignature: 'INVALID_SIGNATURE',
  // Gate has no order-only permission: a read-only key may not write at all.
  readOnly: 'READ_ONLY',
  notFound: 'NOT_FOUND',
} as const satisfies VerifierRefusals
const R = gateioRefusals

/**
 * Creates a verifier that checks requests the way Gate.io APIv4 does (headers, 60 s window in seconds, key,
 * signature over the decoded query and the body hash, write permission) and answers with Gate's labels.
 *
 * @example
 * const verifier = createGateioVerifier({ keys: [{ apiKey, secret }], now: () => Date.now() })
 * verifier.verify({ method: 'GET', url: '/api/v4/spot/accounts', headers, body: '' }) // { ok: true, ... }
 */
export function createGateioVerifier(options: VerifierOptions): Verifier {
  const keys = hmacKeyRing(options)
  return jsonVerifier(options, {
    exchange: 'gateio',
    errors: gateioErrors,
    error: (label, message) => ({ label, message }),
    // GET /api/v4/spot/time → {"server_time":1731447921098} (epoch ms; ccxt gate.ts fetchTime).
    serverTime: (serverTime) => ({ server_time: serverTime }),
    // APIv4 answers success with the bare result, no envelope.
    ok: (data) => data,
    generic: {
      'not-found': [404, R.notFound, 'Not Found'],
      'duplicate-order': [400, 'REPEATED_CREATION', 'Repeated creation'],
      'order-not-found': [404, 'ORDER_NOT_FOUND', 'Order not found'],
      internal: [500, 'SERVER_ERROR', 'Internal server error'],
    },
    refusals: R,
    missingHeaderMessage: (name) => `Missing required header: ${name}`,
    check: (raw, fail, request) => {
      // jsonVerifier has refused a request missing any of R.headers.
      const apiKey = raw.headers.key!
      const timestamp = raw.headers.timestamp!
      const sign = raw.headers.sign!
      // Gate's own example sends `str(time.time())`, so seconds with a fraction are accepted; the fraction is signed
      // as sent and ignored by the window.
      const seconds = /^\d{1,12}(\.\d+)?$/.test(timestamp) ? Math.floor(Number(timestamp)) : Number.NaN
      const nowSeconds = Math.floor(options.now() / 1000)
      if (!(Math.abs(seconds - nowSeconds) <= WINDOW_S)) return fail(R.expired, 'timestamp')
      const key = keys.get(apiKey)
      if (!key) return fail(R.unknownKey, 'invalid-api-key')
      const expected = hmac('sha512', key.hmacKey, gateioStringToSign(request), 'hex')
      if (!safeEqual(sign, expected)) return fail(R.badSignature, 'invalid-signature')
      if (raw.method !== 'GET' && !canTrade(key.record)) return fail(R.readOnly, 'permission')
      return raw.accept(apiKey)
    },
  })
}
