import type { KeyObject } from 'node:crypto'
import { createSecret, type Verifier, type VerifierOptions } from '@signet/core'
import { createHmacKey, hmac, safeEqual, servesPath, toPublicKey, verifyAsymmetric } from '@signet/core/kit'
import { splitRawRequest } from './_rawRequest'
import {
  badKeyFormat,
  badSignature,
  error,
  fail,
  illegal,
  JSON_HEADERS,
  mandatory,
  notFound,
  notFoundResponse,
  rejectedKey,
} from './_responses'
import { AHEAD_MESSAGE, OUTSIDE_MESSAGE } from './errors'

type StoredKey = {
  apiKey: string
  hmacKey: KeyObject | undefined
  publicKey: KeyObject | undefined
  environment: string
  trade: boolean
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])
const KEY_FORMAT = /^[A-Za-z0-9]{64}$/
const HEX_64 = /^[0-9a-fA-F]{64}$/
const TIMESTAMP = /^[0-9]{1,20}$/
const RECV_WINDOW = /^[0-9]{1,20}(\.[0-9]{1,3})?$/

/** Order placement/cancellation endpoints need the key's trade permission. */
function needsTrade(method: string, path: string): boolean {
  return method !== 'GET' && /order/i.test(path)
}

/**
 * Creates a verifier that checks raw requests the way Binance does: API-key lookup (-2014/-2015), mandatory
 * params, recvWindow (-1131), both timestamp checks (-1021), the signature over the received query string +
 * body (-1022) and the trade permission, answering with Binance's error JSON and HTTP status.
 *
 * @example
 * const verifier = createBinanceVerifier({ keys: [{ apiKey, secret }], now: () => serverClock() })
 * const result = verifier.verify({ method: 'GET', url: signed.url, headers: signed.headers, body: '' })
 */
export function createBinanceVerifier(options: VerifierOptions): Verifier {
  const environment = options.serverEnvironment ?? options.environment ?? 'live'
  const keys = new Map<string, StoredKey>()
  for (const k of options.keys) {
    keys.set(k.apiKey, {
      apiKey: k.apiKey,
      hmacKey: k.secret === undefined ? undefined : createHmacKey(createSecret(k.secret)),
      publicKey: k.publicKey === undefined ? undefined : toPublicKey(k.publicKey),
      environment: k.keyEnvironment ?? k.environment ?? 'live',
      trade: (k.permissions ?? ['read', 'trade']).includes('trade'),
    })
  }

  const verify: Verifier['verify'] = (request, security = 'signed') => {
    const raw = splitRawRequest(request)
    if (!METHODS.has(raw.method) || !servesPath(options.paths, raw.path)) return notFound()
    const params: Record<string, string> = {}
    // spec binance.md §2: a name in both query string and body takes the query-string value.
    for (const [name, value] of raw.bodyParams) params[name] = value
    for (const [name, value] of raw.queryParams) params[name] = value
    if (security === 'none') return { ok: true, apiKey: '', method: raw.method, path: raw.path, params }

    const apiKey = raw.headers['x-mbx-apikey']
    const stored = apiKey === undefined ? undefined : keys.get(apiKey)
    if (stored === undefined)
      return apiKey === undefined || !KEY_FORMAT.test(apiKey)
        ? badKeyFormat()
        : rejectedKey('invalid-api-key')
    // spec binance.md §10.8: a testnet/demo key on live (or the reverse) is -2015.
    if (stored.environment !== environment) return rejectedKey('invalid-api-key')
    if (security === 'api-key')
      return { ok: true, apiKey: stored.apiKey, method: raw.method, path: raw.path, params }

    for (const list of [raw.queryParams, raw.bodyParams]) {
      const seen = new Set<string>()
      for (const [name] of list) {
        if (seen.has(name))
          return fail('bad-request', 400, -1101, 'Duplicate values for a parameter detected.')
        seen.add(name)
      }
    }
    if (raw.signatures.length > 1)
      return fail('bad-request', 400, -1101, 'Duplicate values for a parameter detected.')
    const timestampText = params.timestamp
    if (timestampText === undefined || timestampText === '') return mandatory('timestamp')
    if (!TIMESTAMP.test(timestampText)) return illegal('timestamp', '^[0-9]{1,20}$')
    const recvText = params.recvWindow
    if (recvText !== undefined && !RECV_WINDOW.test(recvText))
      return illegal('recvWindow', '^[0-9]{1,20}(\\.[0-9]{1,3})?$')
    // spec binance.md §4: default 5000, max 60000.
    const recvWindow = recvText === undefined ? 5000 : Number(recvText)
    if (recvWindow > 60000) return fail('other', 400, -1131, 'recvWindow must be less than 60000')
    const signatureText = raw.signatures[0]
    if (signatureText === undefined || signatureText === '') return mandatory('signature')

    // spec binance.md §4: 16 digits = microseconds (spot), otherwise milliseconds.
    const timestamp = timestampText.length >= 16 ? Number(timestampText) / 1000 : Number(timestampText)
    const serverTime = options.now()
    if (!(timestamp < serverTime + 1000)) return fail('timestamp', 400, -1021, AHEAD_MESSAGE)
    if (serverTime - timestamp > recvWindow) return fail('timestamp', 400, -1021, OUTSIDE_MESSAGE)

    const payload = raw.query + raw.body
    const signature = decodeSignature(signatureText)
    let valid = false
    if (signature !== undefined) {
      if (stored.hmacKey !== undefined && HEX_64.test(signature)) {
        // spec binance.md §1: HMAC signatures are not case-sensitive.
        valid = safeEqual(hmac('sha256', stored.hmacKey, payload, 'hex'), signature.toLowerCase())
      } else if (stored.publicKey !== undefined) {
        valid = verifyAsymmetric(stored.publicKey, payload, signature)
      }
    }
    if (!valid) return badSignature()
    if (needsTrade(raw.method, raw.path) && !stored.trade) return rejectedKey('permission')
    // spec binance.md §4: the recvWindow check is repeated just before the matching engine (spot).
    if (raw.path.startsWith('/api/') && options.now() - timestamp > recvWindow) {
      return fail('timestamp', 400, -1021, OUTSIDE_MESSAGE)
    }
    delete params.signature
    return { ok: true, apiKey: stored.apiKey, method: raw.method, path: raw.path, params }
  }

  return {
    exchange: 'binance',
    verify,
    respond: {
      serverTime: (serverTime) => ({
        status: 200,
        headers: { ...JSON_HEADERS },
        body: JSON.stringify({ serverTime }),
      }),
      ok: (data) => ({ status: 200, headers: { ...JSON_HEADERS }, body: JSON.stringify(data) }),
      error: (kind, message) => {
        switch (kind) {
          case 'not-found':
            return notFoundResponse()
          case 'duplicate-order':
            return error(400, -2010, message ?? 'Duplicate order sent.')
          case 'order-not-found':
            return error(400, -2011, message ?? 'Unknown order sent.')
          default:
            return error(500, -1000, message ?? 'An unknown error occurred while processing the request.')
        }
      },
    },
  }
}

/** Decodes the signature param as a form decoder does (`+` becomes a space, so an unencoded base64 `+` fails). */
function decodeSignature(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}
