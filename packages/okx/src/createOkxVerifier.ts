import { createSecretKey, type KeyObject } from 'node:crypto'
import type { ErrorKind, Verifier, VerifierKey, VerifierOptions, VerifyResult } from '@signet/core'
import { hmac, receiveRequest, safeEqual } from '@signet/core/kit'
import { restPrehash, wsLoginPrehash } from './_prehash'
import { envelope, errorResponse, orderFailure } from './_responses'
import { parseIsoTimestamp } from './_timestamp'
import { okxErrors } from './errors'
import { OKX_TIMESTAMP_WINDOW_MS } from './okxTolerance'

/** The outcome of checking a WebSocket `login` op; `response` is the event text OKX would send. */
export type OkxWsLoginResult =
  | { ok: true; apiKey: string; response: string }
  | { ok: false; kind: ErrorKind | 'bad-request'; code: string; response: string }

/** OKX's server-side checks for REST requests and WebSocket logins. */
export type OkxVerifier = Verifier & {
  /** Checks a WebSocket `login` op (text or parsed) like OKX's private WS endpoint (spec okx.md §7). */
  verifyWsLogin(message: unknown): OkxWsLoginResult
}

// Order endpoints need the `trade` permission (examples.placeOrder / cancelOrder and their batch/amend kin).
const TRADE_PATHS =
  /^\/api\/v5\/trade\/(?:order|batch-orders|cancel-order|cancel-batch-orders|amend-order|amend-batch-orders|close-position|order-algo|cancel-algos|mass-cancel)$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type StoredKey = VerifierKey & { hmacKey: KeyObject | undefined }

/**
 * Creates a verifier that checks raw requests the way OKX does: headers, ISO timestamp and 30 s window,
 * key, passphrase, demo/live environment, HMAC over the received bytes, `expTime`, permissions.
 *
 * @example
 * const verifier = createOkxVerifier({ keys: [{ apiKey, secret, passphrase }], now: () => Date.now() })
 * verifier.verify({ method: 'GET', url: '/api/v5/account/balance', headers, body: '' })
 */
export function createOkxVerifier(options: VerifierOptions): OkxVerifier {
  const keys = new Map<string, StoredKey>()
  for (const key of options.keys) {
    keys.set(key.apiKey, {
      ...key,
      hmacKey: key.secret === undefined ? undefined : createSecretKey(Buffer.from(key.secret, 'utf8')),
    })
  }
  const serverEnvironment = options.serverEnvironment ?? options.environment ?? 'live'
  let connections = 0

  function fail(code: string, kind?: ErrorKind | 'bad-request', message?: string): VerifyResult {
    return {
      ok: false,
      kind: kind ?? okxErrors[code]?.kind ?? 'other',
      code,
      response: errorResponse(code, message),
    }
  }

  const verify: Verifier['verify'] = (request, security = 'signed') => {
    const r = receiveRequest(request, options.paths)
    if (!r.served) {
      return { ok: false, kind: 'not-found', code: '404', response: envelope(404, '404', 'Not Found') }
    }
    if (security === 'none') return r.accept('')
    const h = r.headers
    const apiKey = h['ok-access-key'] ?? ''
    const sign = h['ok-access-sign'] ?? ''
    const timestamp = h['ok-access-timestamp'] ?? ''
    const passphrase = h['ok-access-passphrase'] ?? ''
    if (apiKey === '') return fail('50103')
    if (sign === '') return fail('50106')
    if (timestamp === '') return fail('50107')
    if (passphrase === '') return fail('50104')
    // spec okx.md §3, §4: ISO-8601 UTC with ms and Z; Unix time or a local offset is malformed.
    const ms = parseIsoTimestamp(timestamp)
    if (ms === undefined) return fail('50112')
    const now = options.now()
    if (Math.abs(ms - now) > OKX_TIMESTAMP_WINDOW_MS) return fail('50102')
    const key = keys.get(apiKey)
    // A well-formed key unknown here is "doesn't exist" (e.g. a regional key on the global host); other text is invalid.
    if (!key) return fail(UUID.test(apiKey) ? '50119' : '50111')
    if (!safeEqual(passphrase, key.passphrase ?? '')) return fail('50105')
    // spec okx.md §3, §10.3: `x-simulated-trading: 1` marks a demo request; the key must be of the same mode.
    const mode = h['x-simulated-trading'] === '1' ? 'demo' : 'live'
    const keyEnvironment = key.keyEnvironment ?? key.environment ?? 'live'
    if (keyEnvironment !== mode || (serverEnvironment === 'demo' && mode !== 'demo')) {
      return fail('50101')
    }
    const expected = key.hmacKey
      ? hmac('sha256', key.hmacKey, restPrehash(timestamp, r.method, request.url, r.body), 'base64')
      : ''
    if (expected === '' || !safeEqual(sign, expected)) return fail('50113')
    const expTime = h.exptime
    if (expTime !== undefined) {
      if (!/^\d{13}$/.test(expTime)) return fail('51000', 'bad-request', 'Parameter expTime error')
      // spec okx.md §4: a deadline already past on arrival is refused with 50036.
      if (now > Number(expTime)) return fail('50036')
    }
    if (TRADE_PATHS.test(r.path) && !(key.permissions ?? ['read', 'trade']).includes('trade'))
      return fail('50120')
    return r.accept(apiKey)
  }

  function verifyWsLogin(message: unknown): OkxWsLoginResult {
    const connId = (++connections).toString(16).padStart(8, '0')
    const event = (code: string) => {
      const info = okxErrors[code]
      return JSON.stringify({ event: 'error', code, msg: info?.message ?? 'Login failed.', connId })
    }
    const wsFail = (code: string): OkxWsLoginResult => ({
      ok: false,
      kind: okxErrors[code]?.kind ?? 'other',
      code,
      response: event(code),
    })
    let op: unknown = message
    if (typeof message === 'string') {
      try {
        op = JSON.parse(message)
      } catch {
        return wsFail('60009')
      }
    }
    const login = op as { op?: unknown; args?: unknown } | null
    const arg = Array.isArray(login?.args)
      ? (login.args[0] as Record<string, unknown> | undefined)
      : undefined
    if (login?.op !== 'login' || typeof arg !== 'object' || arg === null) return wsFail('60009')
    const { apiKey, passphrase, timestamp, sign } = arg
    if (typeof apiKey !== 'string' || typeof passphrase !== 'string' || typeof sign !== 'string')
      return wsFail('60009')
    // spec okx.md §7: Unix seconds as a string; a ms value lands far in the future and expires (§10.2).
    if (typeof timestamp !== 'string' || !/^\d{1,13}$/.test(timestamp)) return wsFail('60004')
    if (Math.abs(Number(timestamp) * 1000 - options.now()) > OKX_TIMESTAMP_WINDOW_MS) return wsFail('60006')
    const key = keys.get(apiKey)
    if (!key) return wsFail(UUID.test(apiKey) ? '60032' : '60005')
    if (!safeEqual(passphrase, key.passphrase ?? '')) return wsFail('60024')
    // WS hosts are per environment (wspap for demo, spec okx.md §7, §8): a key of the other mode is unknown there.
    if ((key.keyEnvironment ?? key.environment ?? 'live') !== serverEnvironment) return wsFail('60032')
    const expected = key.hmacKey ? hmac('sha256', key.hmacKey, wsLoginPrehash(timestamp), 'base64') : ''
    if (expected === '' || !safeEqual(sign, expected)) return wsFail('60007')
    return { ok: true, apiKey, response: JSON.stringify({ event: 'login', code: '0', msg: '', connId }) }
  }

  return Object.freeze({
    exchange: 'okx',
    verify,
    verifyWsLogin,
    respond: Object.freeze({
      serverTime: (serverTime: number) => envelope(200, '0', '', [{ ts: String(serverTime) }]),
      ok: (data: unknown) => envelope(200, '0', '', Array.isArray(data) ? data : [data]),
      error(kind: 'not-found' | 'duplicate-order' | 'order-not-found' | 'internal', message?: string) {
        switch (kind) {
          case 'not-found':
            return envelope(404, '404', message ?? 'Not Found')
          case 'duplicate-order':
            return orderFailure('51016', message ?? 'Duplicated clOrdId')
          case 'order-not-found':
            return orderFailure('51400', message ?? okxErrors['51400']!.message)
          default:
            return errorResponse('50026', message)
        }
      },
    }),
  })
}
