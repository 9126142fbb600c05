import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { readAnswer, summarizeBody } from '@signet/core/kit'

/** One row of KuCoin's error table. */
export type KucoinErrorEntry = {
  kind: ErrorKind
  /** HTTP status KuCoin answers with. */
  status: number
  /** The message KuCoin sends. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

// Codes and meanings: spec kucoin.md and KuCoin's gateway error table
// (https://www.kucoin.com/docs-new/error-code, "Request Errors (400xxx)"). Messages are the wire texts seen in
// answers (no trailing period: e.g. `{"code":"400005","msg":"Invalid KC-API-SIGN"}`, `{"code":"400002","msg":
// "Invalid KC-API-TIMESTAMP"}` with HTTP 400, `{"code":"400004","msg":"Invalid KC-API-PASSPHRASE"}` with HTTP 401,
// reported in hummingbot/hummingbot#6866 and JKorf/CryptoExchange.Net#111). HTTP statuses not seen in such
// reports (400001, 400003, 400006, 400007, 400009) are our assumption: 401 for authentication, 403 for access.

/** KuCoin's error codes as data: kind, HTTP status, wire message and hint. */
export const kucoinErrors: Readonly<Record<string, KucoinErrorEntry>> = {
  '400001': {
    kind: 'invalid-api-key',
    status: 401,
    message:
      'Any of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE is missing in your request header',
    hint: 'Send KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE and KC-API-KEY-VERSION on every private request.',
  },
  '400002': {
    kind: 'timestamp',
    status: 400,
    message: 'Invalid KC-API-TIMESTAMP',
    hint: 'Check the clock first: KC-API-TIMESTAMP must be epoch milliseconds within 5 s of KuCoin time (GET /api/v1/timestamp).',
  },
  '400003': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'KC-API-KEY does not exist',
    hint: 'Check that the API key is copied whole, still exists, and is used on the host it was made for (spot or futures).',
  },
  '400004': {
    kind: 'passphrase',
    status: 401,
    message: 'Invalid KC-API-PASSPHRASE',
    hint: "Check the passphrase first; for key versions 2 and 3 send base64(HMAC-SHA256(secret, passphrase)) and set KC-API-KEY-VERSION to the key's version.",
  },
  '400005': {
    kind: 'invalid-signature',
    status: 401,
    message: 'Invalid KC-API-SIGN',
    hint: 'Sign timestamp + METHOD + path + "?" + query (not URL-encoded) + JSON body exactly as sent, with HMAC-SHA256 in base64; then check the secret.',
  },
  '400006': {
    kind: 'ip-not-allowed',
    status: 403,
    message: 'Invalid request IP, the current client IP is: 127.0.0.1',
    hint: "Add this machine's public IP to the key's IP whitelist in KuCoin API Management.",
  },
  '400007': {
    kind: 'permission',
    status: 403,
    message: 'Access denied, requires more permission',
    hint: 'Give the key the permission this endpoint needs (General, Spot, Margin, Futures) in KuCoin API Management.',
  },
  '400008': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'V1 & V2 API keys are no longer supported by this API. Please create a V3 API key',
    hint: 'Create a version 3 API key and send KC-API-KEY-VERSION 3.',
  },
  '400009': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Invalid KC-API-KEY-VERSION',
    hint: 'Set KC-API-KEY-VERSION to the version KuCoin API Management shows for the key (2 or 3).',
  },
  '429000': {
    kind: 'rate-limit',
    status: 429,
    message: 'Too many requests in a short period of time, please retry later',
    hint: 'Slow down: wait for the gw-ratelimit-reset time before sending again.',
  },
  '404000': {
    kind: 'other',
    status: 404,
    message: 'Url Not Found',
    hint: 'Check the path and the host (spot and futures endpoints live on different hosts).',
  },
  '500000': {
    kind: 'other',
    status: 500,
    message: 'Internal Server Error',
    hint: 'A KuCoin-side problem: retry later, and check the order state before re-sending an order.',
  },
}

const success = new Set(['200000', '200'])

/**
 * Classifies a KuCoin answer: undefined for success (`code` "200000"), otherwise the cause; never throws, also
 * for HTML or empty bodies.
 *
 * @example
 * classifyKucoinError({ status: 401, headers: {}, body: '{"code":"400005","msg":"Invalid KC-API-SIGN"}' })?.kind // 'invalid-signature'
 */
export function classifyKucoinError(response: ExchangeResponse): ClassifiedError | undefined {
  // KuCoin's own wait headers come first (readRetryAfter, below).
  const answer = readAnswer(response, readRetryAfter)
  const { json } = answer
  const code =
    json && (typeof json.code === 'string' || typeof json.code === 'number') ? String(json.code) : undefined
  if (code !== undefined && success.has(code) && response.status < 300) return undefined
  if (code !== undefined) {
    const entry = kucoinErrors[code]
    const message = typeof json?.msg === 'string' ? json.msg : (entry?.message ?? '')
    if (entry) return { kind: entry.kind, code, message, hint: entry.hint, retryAfterMs: answer.retryAfterMs }
    if (response.status === 429) return rateLimited(code, message, answer.retryAfterMs)
    return {
      kind: 'other',
      code,
      message,
      hint: byStatus(response.status),
      retryAfterMs: answer.retryAfterMs,
    }
  }
  // Not KuCoin's JSON envelope: a proxy, a CDN block page or a gateway error.
  const message = summarizeBody(response.body, 200) || '(empty body)'
  if (response.status === 429) return rateLimited(undefined, message, answer.retryAfterMs)
  return {
    kind: 'other',
    code: undefined,
    message,
    hint: byStatus(response.status),
    retryAfterMs: answer.retryAfterMs,
  }
}

function rateLimited(
  code: string | undefined,
  message: string,
  retryAfterMs: number | undefined,
): ClassifiedError {
  return { kind: 'rate-limit', code, message, hint: kucoinErrors['429000']!.hint, retryAfterMs }
}

function byStatus(status: number): string {
  if (status >= 500)
    return 'KuCoin or a proxy in between failed: retry later, and check order state before re-sending.'
  if (status === 403)
    return 'The request was blocked before KuCoin read it (region, firewall or CDN): check the network path.'
  if (status === 404)
    return 'Check the path and the host (spot and futures endpoints live on different hosts).'
  return 'Read the message: KuCoin did not accept the request as sent.'
}

function readRetryAfter(headers: Readonly<Record<string, string>>): number | undefined {
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    // KuCoin: gw-ratelimit-reset is the countdown to the quota reset in ms; Retry-After is seconds.
    if (lower === 'gw-ratelimit-reset' && /^\d+$/.test(value)) return Number(value)
    if (lower === 'retry-after' && /^\d+$/.test(value)) return Number(value) * 1000
  }
  return undefined
}
