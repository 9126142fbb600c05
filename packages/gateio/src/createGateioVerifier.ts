import type { Verifier, VerifierOptions } from '@signet/core'
import { canTrade, hmac, hmacKeyRing, jsonVerifier, safeEqual } from '@signet/core/kit'
import { gateioErrors } from './errors'
import { gateioStringToSign } from './stringToSign'

// spec gateio.md: |Timestamp − server time| ≤ 60 s, compared in whole seconds (the rejection reads
// "gap between request Timestamp and server time exceeds 60").
const WINDOW_S = 60

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
      'not-found': [404, 'NOT_FOUND', 'Not Found'],
      'duplicate-order': [400, 'REPEATED_CREATION', 'Repeated creation'],
      'order-not-found': [404, 'ORDER_NOT_FOUND', 'Order not found'],
      internal: [500, 'SERVER_ERROR', 'Internal server error'],
    },
    check: (raw, fail, request) => {
      const apiKey = raw.headers.key
      const timestamp = raw.headers.timestamp
      const sign = raw.headers.sign
      for (const [name, value] of [
        ['KEY', apiKey],
        ['Timestamp', timestamp],
        ['SIGN', sign],
      ] as const) {
        if (!value)
          return fail('MISSING_REQUIRED_HEADER', 'invalid-api-key', `Missing required header: ${name}`)
      }
      // Gate's own example sends `str(time.time())`, so seconds with a fraction are accepted; the fraction is signed
      // as sent and ignored by the window.
      const seconds = /^\d{1,12}(\.\d+)?$/.test(timestamp!) ? Math.floor(Number(timestamp)) : Number.NaN
      const nowSeconds = Math.floor(options.now() / 1000)
      if (!(Math.abs(seconds - nowSeconds) <= WINDOW_S)) return fail('REQUEST_EXPIRED', 'timestamp')
      const key = keys.get(apiKey!)
      if (!key) return fail('INVALID_KEY', 'invalid-api-key')
      const expected = hmac('sha512', key.hmacKey, gateioStringToSign(request), 'hex')
      if (!safeEqual(sign!, expected)) return fail('INVALID_SIGNATURE', 'invalid-signature')
      if (raw.method !== 'GET' && !canTrade(key.record)) return fail('READ_ONLY', 'permission')
      return raw.accept(apiKey!)
    },
  })
}
