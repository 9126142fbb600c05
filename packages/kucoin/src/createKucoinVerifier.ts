import type { Verifier, VerifierOptions } from '@signet/core'
import { canTrade, hmac, hmacKeyRing, jsonVerifier, safeEqual, type VerifierRefusals } from '@signet/core/kit'
import { kucoinErrors } from './errors'
import { kucoinStringToSign } from './stringToSign'

/** Options of `createKucoinVerifier`. */
export type KucoinVerifierOptions = VerifierOptions & {
  /** The version of every key this server holds; 2 and 3 expect the signed passphrase. @default '2' */
  keyVersion?: '2' | '3' | undefined
}

// spec kucoin.md: "Time differs from server time by more than 5 seconds" → 400002.
const WINDOW_MS = 5000

/** The codes KuCoin refuses a signed request with (spec kucoin.md, "Error codes"). */
export const kucoinRefusals = {
  // KC-API-KEY-VERSION is not among them: without it the request is a version 1 one, refused as 400004.
  headers: ['KC-API-KEY', 'KC-API-SIGN', 'KC-API-TIMESTAMP', 'KC-API-PASSPHRASE'],
  missingHeader: '400001',
  expired: '400002',
  unknownKey: '400003',
  passphrase: '400004',
  badSignature: '400005',
  // Only order placement and cancellation need the trade permission.
  readOnly: '400007',
  notFound: '404000',
} as const satisfies VerifierRefusals
const R = kucoinRefusals

/**
 * Creates a verifier that checks requests the way KuCoin does (headers, window, key, key version, signed
 * passphrase, signature over the decoded URL, permission) and answers with KuCoin's codes and HTTP statuses.
 *
 * @example
 * const verifier = createKucoinVerifier({ keys: [{ apiKey, secret, passphrase }], now: () => Date.now() })
 * verifier.verify({ method: 'GET', url: '/api/v1/accounts', headers, body: '' }) // { ok: true, ... }
 */
export function createKucoinVerifier(options: KucoinVerifierOptions): Verifier {
  const keyVersion = options.keyVersion ?? '2'
  const keys = hmacKeyRing(options)
  // KuCoin GET /api/v1/timestamp: {"code":"200000","msg":"success","data":1546837113087} (ccxt kucoin fetchTime).
  return jsonVerifier(options, {
    exchange: 'kucoin',
    errors: kucoinErrors,
    error: (code, msg) => ({ code, msg }),
    serverTime: (serverTime) => ({ code: '200000', msg: 'success', data: serverTime }),
    ok: (data) => ({ code: '200000', data }),
    generic: {
      'not-found': [404, R.notFound, 'Url Not Found'],
      'duplicate-order': [200, '400100', 'The clientOid is duplicated'],
      'order-not-found': [200, '400100', 'order_not_exist_or_not_allow_to_cancel'],
      internal: [500, '500000', 'Internal Server Error'],
    },
    refusals: R,
    check: (raw, fail, request) => {
      const h = raw.headers
      // jsonVerifier has refused a request missing any of R.headers (400001).
      const apiKey = h['kc-api-key']!
      const sign = h['kc-api-sign']!
      const passphrase = h['kc-api-passphrase']!
      // The window check comes first: KuCoin guarantees a request it rejects this way was not executed.
      const now = options.now()
      const timestamp = h['kc-api-timestamp']!
      const ts = /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : Number.NaN
      if (!(ts >= now - WINDOW_MS && ts < now + WINDOW_MS)) return fail(R.expired, 'timestamp')
      const key = keys.get(apiKey)
      if (!key) return fail(R.unknownKey, 'invalid-api-key')
      const version = h['kc-api-key-version']
      // No version header (or "1") is a request written for a version 1 key, with the passphrase in clear; KuCoin
      // retired those keys in 2021 (spec kucoin.md), so it fails the passphrase check.
      if (version === undefined || version === '1') return fail(R.passphrase, 'passphrase')
      if (version !== keyVersion) return fail('400009', 'invalid-api-key')
      if (!safeEqual(passphrase, hmac('sha256', key.hmacKey, key.record.passphrase ?? '', 'base64')))
        return fail(R.passphrase, 'passphrase')
      const expected = hmac('sha256', key.hmacKey, kucoinStringToSign(request), 'base64')
      if (!safeEqual(sign, expected)) return fail(R.badSignature, 'invalid-signature')
      if (isOrderEndpoint(raw.method, raw.path) && !canTrade(key.record))
        return fail(R.readOnly, 'permission')
      return raw.accept(apiKey)
    },
  })
}

/** Order placement and cancellation endpoints, which need the trade permission. @internal */
function isOrderEndpoint(method: string, path: string): boolean {
  return method !== 'GET' && /\/orders?(\/|$)/.test(path)
}
