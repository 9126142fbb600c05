import { createSecret, type Verifier, type VerifierOptions } from '@signet/core'
import { canTrade, createHmacKey, hmacKeyRing, jsonAnswers, safeEqual, servesPath } from '@signet/core/kit'
import { krakenApiSign } from './_apiSign'
import { readBody } from './_readBody'
import { krakenErrors } from './errors'

/** Options of `createKrakenVerifier`. */
export type KrakenVerifierOptions = VerifierOptions & {
  /**
   * The keys' nonce window, in nonce units (ms for ms nonces): a nonce up to this far below the highest accepted one
   * is still accepted. @default 0
   */
  nonceWindow?: number | bigint | undefined
}

// spec kraken.md §4: endpoints that need the "Create & Modify Orders" / "Cancel & Close Orders" permissions.
const orderMethods =
  /^\/0\/private\/(AddOrder|AddOrderBatch|AmendOrder|EditOrder|CancelOrder|CancelOrderBatch|CancelAll|CancelAllOrdersAfter)$/

const U64_MAX = (1n << 64n) - 1n

/**
 * Creates a verifier that checks requests the way Kraken's Spot REST server does (key, signature over path and
 * SHA-256 of nonce + POST data, a per-key nonce high-water mark with an optional nonce window, trade permission)
 * and answers with Kraken's error strings.
 *
 * @example
 * const verifier = createKrakenVerifier({ keys: [{ apiKey, secret }], now: () => Date.now() })
 */
export function createKrakenVerifier(options: KrakenVerifierOptions): Verifier {
  const window = BigInt(options.nonceWindow ?? 0)
  // The ring prepares UTF-8 keys; Kraken's HMAC key is the base64-decoded secret, prepared once here.
  const keys = new Map(
    [...hmacKeyRing(options)].map(([apiKey, entry]) => [
      apiKey,
      { record: entry.record, key: createHmacKey(createSecret(entry.record.secret!), 'base64') },
    ]),
  )
  const highest = new Map<string, bigint>()
  const { reject: fail, respond } = jsonAnswers({
    errors: krakenErrors,
    // The error string is the code; a detail follows it after a colon.
    error: (_code, message) => ({ error: [message], result: {} }),
    // spec kraken.md §6: unixtime in seconds and the RFC 1123 date.
    serverTime: (serverTime) => ({
      error: [],
      result: { unixtime: Math.floor(serverTime / 1000), rfc1123: new Date(serverTime).toUTCString() },
    }),
    ok: (data) => ({ error: [], result: data }),
    generic: {
      'not-found': [404, 'EGeneral:Unknown method', 'EGeneral:Unknown method'],
      'duplicate-order': [200, 'EGeneral:Invalid arguments', 'EGeneral:Invalid arguments:cl_ord_id'],
      'order-not-found': [200, 'EOrder:Unknown order', 'EOrder:Unknown order'],
      internal: [500, 'EGeneral:Internal error', 'EGeneral:Internal error'],
    },
  })

  const verify: Verifier['verify'] = (request, security = 'signed') => {
    const read = readBody(request)
    if (!servesPath(options.paths, read.path)) return fail('EGeneral:Unknown method', 'not-found')
    if (security === 'none') {
      return { ok: true, apiKey: '', method: read.method, path: read.path, params: read.params }
    }
    const apiKey = read.headers['api-key']
    const sign = read.headers['api-sign']
    const entry = apiKey ? keys.get(apiKey) : undefined
    if (!entry || !sign) return fail('EAPI:Invalid key', 'invalid-api-key')
    if (read.method !== 'POST') return fail('EGeneral:Unknown method', 'not-found')
    const nonceText = read.nonce
    if (nonceText === undefined || !/^(0|[1-9][0-9]{0,19})$/.test(nonceText) || BigInt(nonceText) > U64_MAX) {
      return fail('EAPI:Invalid nonce', 'nonce')
    }
    const expected = krakenApiSign(entry.key, { path: read.path, hashed: nonceText + read.body })
    if (!safeEqual(sign, expected)) return fail('EAPI:Invalid signature', 'invalid-signature')
    // spec kraken.md §3: above the key's highest nonce, or within the nonce window below it.
    const nonce = BigInt(nonceText)
    const high = highest.get(apiKey!)
    if (high !== undefined && nonce <= high - window) return fail('EAPI:Invalid nonce', 'nonce')
    if (high === undefined || nonce > high) highest.set(apiKey!, nonce)
    if (orderMethods.test(read.path) && !canTrade(entry.record)) {
      return fail('EGeneral:Permission denied', 'permission')
    }
    const { nonce: _n, otp: _o, ...params } = read.params
    return { ok: true, apiKey: apiKey!, method: read.method, path: read.path, params }
  }

  const verifier: Verifier = { exchange: 'kraken', verify, respond }
  return Object.freeze(verifier)
}
