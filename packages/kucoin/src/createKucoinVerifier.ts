import {
  createHmacKey,
  createSecret,
  hmac,
  parseRawRequest,
  type RawRequest,
  requestParams,
  type SecurityLevel,
  safeEqual,
  servesPath,
  type Verifier,
  type VerifierKey,
  type VerifierOptions,
  type VerifyResult,
  type WireResponse,
} from '@signet/core'
import { kucoinErrors } from './errors'
import { kucoinStringToSign } from './stringToSign'

/** Options of `createKucoinVerifier`. */
export type KucoinVerifierOptions = VerifierOptions & {
  /** The version of every key this server holds; 2 and 3 expect the signed passphrase. @default '2' */
  keyVersion?: '2' | '3' | undefined
}

// spec candidates.md, KuCoin: "Time differs from server time by more than 5 seconds" → 400002.
const WINDOW_MS = 5000
const json = { 'Content-Type': 'application/json' }

/**
 * Creates a verifier that checks requests the way KuCoin does (headers, window, key, key version, signed
 * passphrase, signature over the decoded URL, permission) and answers with KuCoin's codes and HTTP statuses.
 *
 * @example
 * const verifier = createKucoinVerifier({ keys: [{ apiKey, secret, passphrase }], now: () => Date.now() })
 * verifier.verify({ method: 'GET', url: '/api/v1/accounts', headers, body: '' }) // { ok: true, ... }
 */
export function createKucoinVerifier(options: KucoinVerifierOptions): Verifier {
  const environment = options.environment ?? 'live'
  const keyVersion = options.keyVersion ?? '2'
  const keys = new Map<
    string,
    { record: VerifierKey; signedPassphrase: string; hmacKey: ReturnType<typeof createHmacKey> }
  >()
  for (const record of options.keys) {
    if ((record.environment ?? 'live') !== environment || record.secret === undefined) continue
    const hmacKey = createHmacKey(createSecret(record.secret))
    keys.set(record.apiKey, {
      record,
      hmacKey,
      signedPassphrase: hmac('sha256', hmacKey, record.passphrase ?? '', 'base64'),
    })
  }

  const fail = (
    code: string,
    kind: Exclude<VerifyResult, { ok: true }>['kind'],
    message?: string,
  ): VerifyResult => {
    const entry = kucoinErrors[code]!
    return {
      ok: false,
      kind,
      code,
      response: {
        status: entry.status,
        headers: { ...json },
        body: JSON.stringify({ code, msg: message ?? entry.message }),
      },
    }
  }

  const verify = (request: RawRequest, security: SecurityLevel = 'signed'): VerifyResult => {
    const raw = parseRawRequest(request)
    if (!servesPath(options.paths, raw.path)) return fail('404000', 'not-found')
    const params = requestParams(raw.query, raw.body)
    if (security === 'none') return { ok: true, apiKey: '', method: raw.method, path: raw.path, params }
    const h = raw.headers
    const apiKey = h['kc-api-key']
    const timestamp = h['kc-api-timestamp']
    const sign = h['kc-api-sign']
    const passphrase = h['kc-api-passphrase']
    if (!apiKey || !timestamp || !sign || !passphrase) return fail('400001', 'invalid-api-key')
    // The window check comes first: KuCoin guarantees a request it rejects this way was not executed.
    const now = options.now()
    const ts = /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : Number.NaN
    if (!(ts >= now - WINDOW_MS && ts < now + WINDOW_MS)) return fail('400002', 'timestamp')
    const key = keys.get(apiKey)
    if (!key) return fail('400003', 'invalid-api-key')
    const version = h['kc-api-key-version']
    // No version header (or "1") is a request written for a version 1 key, with the passphrase in clear; KuCoin
    // retired those keys in 2021 (spec candidates.md, KuCoin), so it fails the passphrase check.
    if (version === undefined || version === '1') return fail('400004', 'passphrase')
    if (version !== keyVersion) return fail('400009', 'invalid-api-key')
    if (!safeEqual(passphrase, key.signedPassphrase)) return fail('400004', 'passphrase')
    const expected = hmac('sha256', key.hmacKey, kucoinStringToSign(request), 'base64')
    if (!safeEqual(sign, expected)) return fail('400005', 'invalid-signature')
    const permissions = key.record.permissions ?? ['read', 'trade']
    if (isOrderEndpoint(raw.method, raw.path) && !permissions.includes('trade'))
      return fail('400007', 'permission')
    return { ok: true, apiKey, method: raw.method, path: raw.path, params }
  }

  const answer = (status: number, body: unknown): WireResponse => ({
    status,
    headers: { ...json },
    body: JSON.stringify(body),
  })
  const verifier: Verifier = {
    exchange: 'kucoin',
    verify,
    respond: {
      // KuCoin GET /api/v1/timestamp: {"code":"200000","msg":"success","data":1546837113087} (ccxt kucoin fetchTime).
      serverTime: (serverTime) => answer(200, { code: '200000', msg: 'success', data: serverTime }),
      ok: (data) => answer(200, { code: '200000', data }),
      error: (kind, message) => {
        switch (kind) {
          case 'not-found':
            return answer(404, { code: '404000', msg: message ?? 'Url Not Found' })
          case 'duplicate-order':
            return answer(200, { code: '400100', msg: message ?? 'The clientOid is duplicated' })
          case 'order-not-found':
            return answer(200, { code: '400100', msg: message ?? 'order_not_exist_or_not_allow_to_cancel' })
          default:
            return answer(500, { code: '500000', msg: message ?? 'Internal Server Error' })
        }
      },
    },
  }
  return Object.freeze(verifier)
}

/** Order placement and cancellation endpoints, which need the trade permission. @internal */
function isOrderEndpoint(method: string, path: string): boolean {
  return method !== 'GET' && /\/orders?(\/|$)/.test(path)
}
