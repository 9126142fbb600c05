import { createPublicKey, type KeyObject } from 'node:crypto'
import {
  createSecret,
  type Verifier,
  type VerifierKey,
  type VerifierOptions,
  type VerifyResult,
  type WireResponse,
} from '@signet/core'
import {
  createHmacKey,
  hmac,
  parseJsonObject,
  type ReceivedRequest,
  receiveRequest,
  safeEqual,
  verifyAsymmetric,
} from '@signet/core/kit'
import { DEFAULT_RECV_WINDOW } from './_checkOptions'
import { bybitStringToSign } from './bybitStringToSign'
import { bybitErrors } from './errors'

type FailKind = Extract<VerifyResult, { ok: false }>['kind']

const fail = (kind: FailKind, code: number, response: WireResponse): VerifyResult => ({
  ok: false,
  kind,
  code,
  response,
})

type Prepared = {
  key: VerifierKey
  check(text: string, signature: string): boolean
}

const AHEAD_MS = 1000
// [ERR] 10003 text that names the four environments, used when a key exists but in another environment.
const ENV_MESSAGE =
  'API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo'

/**
 * Creates a verifier that checks a raw request the way Bybit V5 does: key lookup (and its environment), the
 * window `server_time - recv_window <= timestamp < server_time + 1000`, the signature over exactly the received
 * query (GET) or body (POST), then permissions; it answers with Bybit's JSON envelope, `retCode` and status.
 *
 * @example
 * const verifier = createBybitVerifier({ keys: [{ apiKey, secret }], now: () => Date.now() })
 * const result = verifier.verify({ method: 'GET', url, headers, body: '' })
 */
export function createBybitVerifier(options: VerifierOptions): Verifier {
  const environment = options.serverEnvironment ?? options.environment ?? 'live'
  const now = () => Math.floor(options.now())
  const keys = new Map<string, Prepared>()
  for (const key of options.keys) keys.set(key.apiKey, prepare(key))

  const json = (status: number, retCode: number, retMsg: string, result: unknown = {}): WireResponse => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ retCode, retMsg, result, retExtInfo: {}, time: now() }),
  })
  const html = (status: number, title: string): WireResponse => ({
    status,
    headers: { 'content-type': 'text/html' },
    body: `<html><head><title>${status} ${title}</title></head><body><h1>${status} ${title}</h1></body></html>`,
  })
  const byCode = (code: number, message?: string): VerifyResult => {
    const entry = bybitErrors[String(code)]!
    const kind: FailKind = code === 10001 ? 'bad-request' : entry.kind
    return fail(kind, code, json(entry.status, code, message ?? entry.message))
  }

  const respond: Verifier['respond'] = {
    serverTime(serverTime) {
      const ms = Math.floor(serverTime)
      // spec §5 / [TIME]: timeSecond and timeNano are strings; the envelope's `time` is ms.
      const result = { timeSecond: String(Math.floor(ms / 1000)), timeNano: `${BigInt(ms) * 1_000_000n}` }
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ retCode: 0, retMsg: 'OK', result, retExtInfo: {}, time: ms }),
      }
    },
    ok: (data) => json(200, 0, 'OK', data ?? {}),
    error(kind, message) {
      if (kind === 'not-found') return json(404, 10017, message ?? 'Route not found.')
      if (kind === 'duplicate-order') return json(200, 110072, message ?? 'OrderLinkedID is duplicate')
      if (kind === 'order-not-found') return json(200, 110001, message ?? 'Order does not exist')
      return json(200, 10016, message ?? 'Server error.')
    },
  }

  const verify: Verifier['verify'] = (request, security = 'signed') => {
    const r = receiveRequest(request, options.paths)
    // [ERR] HTTP 400: "send the request with GET / POST (must be capitalized)".
    if (r.method !== 'GET' && r.method !== 'POST') return fail('bad-request', 400, html(400, 'Bad Request'))
    if (!r.served) return fail('not-found', 10017, respond.error('not-found'))
    // [ERR] HTTP 403: a GET with a JSON body is refused (spec §10 pitfall 8).
    if (r.method === 'GET' && r.body !== '') return fail('bad-request', 403, html(403, 'Forbidden'))
    if (security === 'none') return accept('', r)

    const apiKey = r.headers['x-bapi-api-key'] ?? ''
    const prepared = keys.get(apiKey)
    if (prepared === undefined) return byCode(10003)
    if ((prepared.key.keyEnvironment ?? prepared.key.environment ?? 'live') !== environment)
      return byCode(10003, ENV_MESSAGE)
    if (security === 'api-key') return accept(apiKey, r)

    const timestamp = r.headers['x-bapi-timestamp'] ?? ''
    // spec §3: the recv-window header is optional (default 5000 ms); what was sent is what the text holds.
    const recvHeader = r.headers['x-bapi-recv-window']
    if (recvHeader !== undefined && !/^[1-9][0-9]*$/.test(recvHeader)) return byCode(10001)
    const recvWindow = recvHeader === undefined ? DEFAULT_RECV_WINDOW : Number(recvHeader)
    const serverTime = now()
    const ts = /^[0-9]{1,16}$/.test(timestamp) ? Number(timestamp) : Number.NaN
    // spec §4 / [GUIDE]: server_time - recv_window <= timestamp < server_time + 1000.
    if (!(serverTime - recvWindow <= ts && ts < serverTime + AHEAD_MS)) {
      // Runtime wording observed in pybit#191 and bybit-api#236 (spec §4).
      return byCode(
        10002,
        `invalid request, please check your server timestamp or recv_window param. req_timestamp[${timestamp}],server_timestamp[${serverTime}],recv_window[${recvWindow}]`,
      )
    }
    // spec §2: the payload is the query exactly as received for GET, the body exactly as received for POST.
    const payload = r.method === 'GET' ? r.query : r.body
    if (!prepared.check(bybitStringToSign(request), r.headers['x-bapi-sign'] ?? '')) {
      // Observed wording (spec §6, bybit-api#537): Bybit echoes the payload it hashed, prefix masked.
      return byCode(
        10004,
        `Error sign, please check your signature generation algorithm: origin_string[***${payload}]`,
      )
    }
    const permissions = prepared.key.permissions ?? ['read', 'trade']
    if (r.method === 'POST' && r.path.startsWith('/v5/order/') && !permissions.includes('trade')) {
      return byCode(10005)
    }
    return accept(apiKey, r)
  }

  function accept(apiKey: string, r: ReceivedRequest): VerifyResult {
    // Judged only after the signature check, so a tampered body answers 10004 as Bybit's gateway would: a POST
    // body must be a JSON object.
    if (r.method === 'POST' && parseJsonObject(r.body) === undefined) return byCode(10001)
    return r.accept(apiKey)
  }

  return Object.freeze({ exchange: 'bybit', verify, respond })
}

function prepare(key: VerifierKey): Prepared {
  if (key.publicKey !== undefined) {
    const given = key.publicKey
    const publicKey: KeyObject =
      typeof given === 'object' && given.type === 'public' ? given : createPublicKey(given)
    return {
      key,
      // Only canonical base64 is accepted, so no spare padding bits can carry a tamper through.
      check: (text, signature) =>
        Buffer.from(signature, 'base64').toString('base64') === signature &&
        verifyAsymmetric(publicKey, text, signature),
    }
  }
  if (key.secret === undefined) throw new TypeError(`verifier key ${key.apiKey}: give secret or publicKey`)
  const hmacKey = createHmacKey(createSecret(key.secret))
  // spec §1: lowercase hex.
  return { key, check: (text, signature) => safeEqual(hmac('sha256', hmacKey, text, 'hex'), signature) }
}
