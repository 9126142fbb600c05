import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { readAnswer, summarizeBody } from '@signet/core/kit'

/** One row of Coinbase's error table. */
export type CoinbaseErrorEntry = {
  kind: ErrorKind
  /** HTTP status Coinbase answers with. */
  status: number
  /** The message Coinbase sends. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

/** Why a JWT was refused: Coinbase answers every one of these with the same bare 401 (spec coinbase.md §8). */
export type CoinbaseUnauthorizedCause =
  | 'missing-token'
  | 'malformed-token'
  | 'unknown-key'
  | 'subject-mismatch'
  | 'wrong-algorithm'
  | 'bad-signature'
  | 'wrong-issuer'
  | 'not-yet-valid'
  | 'expired'
  | 'lifetime-too-long'
  | 'uri-mismatch'

const unauthorizedHint =
  'Coinbase answers every JWT problem with a bare 401: check that apiKey is the full key name of this private key, the uri claim is "METHOD api.coinbase.com/path" without query, and nbf is server time (signet doctor coinbase tells which).'

// spec coinbase.md §8. 401: plain text "Unauthorized" for any JWT problem (ccxt#26300, coinbase-advanced-py#56,
// #132). 403: {"error":"PERMISSION_DENIED","error_details":"Missing required scopes",...} (coinbase-advanced-py#89,
// OctoBot-Tentacles#1431 shows the older "unknown" error with the same details). 429, 404, 400 and 500 follow the
// same {error, error_details, message} shape; their texts are our assumption (not seen in a captured answer).

/** Coinbase's error codes as data: kind, HTTP status, wire message and hint. */
export const coinbaseErrors: Readonly<Record<string, CoinbaseErrorEntry>> = {
  '401': { kind: 'invalid-signature', status: 401, message: 'Unauthorized', hint: unauthorizedHint },
  PERMISSION_DENIED: {
    kind: 'permission',
    status: 403,
    message: 'Missing required scopes',
    hint: 'Give the key the permission this endpoint needs (View for reads, Trade for orders) in the CDP portal, and check the portfolio the key is scoped to.',
  },
  RATE_LIMIT_EXCEEDED: {
    kind: 'rate-limit',
    status: 429,
    message: 'Too many requests',
    hint: 'Slow down: Coinbase allows about 30 private requests per second per user and 10 public per IP (spec coinbase.md §11).',
  },
  NOT_FOUND: {
    kind: 'other',
    status: 404,
    message: 'Not Found',
    hint: 'Check the path (Advanced Trade paths start with /api/v3/brokerage/) and the ids in it.',
  },
  INVALID_ARGUMENT: {
    kind: 'other',
    status: 400,
    message: 'Invalid argument',
    hint: 'A parameter is missing or malformed: compare the body with the endpoint reference.',
  },
  INTERNAL: {
    kind: 'other',
    status: 500,
    message: 'Internal error',
    hint: 'A Coinbase-side problem: retry reads later and check order state before re-sending an order.',
  },
}

/** What to check for each 401 cause the verifier can tell apart (Coinbase itself does not say). */
export const coinbaseUnauthorizedCauses: Readonly<
  Record<CoinbaseUnauthorizedCause, { kind: ErrorKind; hint: string }>
> = {
  'missing-token': {
    kind: 'invalid-api-key',
    hint: 'Send Authorization: Bearer <JWT> on every private request.',
  },
  'malformed-token': {
    kind: 'invalid-signature',
    hint: 'The token is not three base64url parts with JSON header and claims.',
  },
  'unknown-key': {
    kind: 'invalid-api-key',
    hint: 'kid must be the full key name (organizations/{org}/apiKeys/{id}, or the key id for newer keys).',
  },
  'subject-mismatch': { kind: 'invalid-api-key', hint: 'sub must be the same key name as kid.' },
  'wrong-algorithm': {
    kind: 'invalid-signature',
    hint: 'alg must match the key: ES256 for an EC P-256 key, EdDSA for an Ed25519 key.',
  },
  'bad-signature': {
    kind: 'invalid-signature',
    hint: 'Sign header.payload exactly as sent; ES256 signatures are raw r‖s (64 bytes), not DER.',
  },
  'wrong-issuer': { kind: 'invalid-signature', hint: 'iss must be "cdp".' },
  'not-yet-valid': {
    kind: 'timestamp',
    hint: 'nbf is ahead of Coinbase time: take it from the server clock (GET /api/v3/brokerage/time).',
  },
  expired: {
    kind: 'timestamp',
    hint: 'The token expired (exp passed): make a new JWT per request from server-aligned time.',
  },
  'lifetime-too-long': { kind: 'timestamp', hint: 'exp must be at most nbf + 120 seconds.' },
  'uri-mismatch': {
    kind: 'invalid-signature',
    hint: 'uri must be "METHOD host/path" of this request: no scheme, no query string.',
  },
}

/**
 * Classifies a Coinbase answer: undefined for success, otherwise the cause; never throws, also for HTML or empty
 * bodies.
 *
 * @example
 * classifyCoinbaseError({ status: 401, headers: {}, body: 'Unauthorized\n' })?.kind // 'invalid-signature'
 */
export function classifyCoinbaseError(response: ExchangeResponse): ClassifiedError | undefined {
  const answer = readAnswer(response)
  const { status, body, json } = answer
  if (status === 401) {
    const entry = coinbaseErrors['401']!
    const message = textOf(json?.message) ?? (summarizeBody(body) || entry.message)
    // spec coinbase.md §8: the same 401 for an expired or not-yet-valid token, so a resync and one retry may heal it.
    return { kind: entry.kind, code: 401, message, hint: entry.hint, mayBeFreshness: true }
  }
  const code = textOf(json?.error)
  if (code !== undefined && status >= 400) {
    const message = textOf(json?.message) ?? textOf(json?.error_details) ?? ''
    const entry = coinbaseErrors[code] ?? byMessage(message)
    const kind = entry?.kind ?? (status === 429 ? 'rate-limit' : status === 403 ? 'permission' : 'other')
    return { kind, code, message, hint: entry?.hint ?? byStatus(status), retryAfterMs: answer.retryAfterMs }
  }
  if (status >= 200 && status < 300) return orderFailure(json)
  const message = summarizeBody(body) || '(empty body)'
  if (status === 429) {
    const entry = coinbaseErrors.RATE_LIMIT_EXCEEDED!
    return {
      kind: 'rate-limit',
      code: undefined,
      message,
      hint: entry.hint,
      retryAfterMs: answer.retryAfterMs,
    }
  }
  return { kind: 'other', code: undefined, message, hint: byStatus(status) }
}

/** Order endpoints answer HTTP 200 with `success: false` and the reason inside (spec coinbase.md §8). */
function orderFailure(json: Record<string, unknown> | undefined): ClassifiedError | undefined {
  if (!json) return undefined
  if (json.success === false) {
    const inner = (json.error_response ?? {}) as Record<string, unknown>
    const code = textOf(inner.error) ?? textOf(json.failure_reason) ?? 'UNKNOWN_FAILURE_REASON'
    const message = textOf(inner.message) ?? textOf(inner.error_details) ?? code
    return { kind: 'other', code, message, hint: 'Coinbase refused the order; the reason is in the code.' }
  }
  const results = Array.isArray(json.results) ? (json.results as Record<string, unknown>[]) : undefined
  const failed = results?.find((r) => r && typeof r === 'object' && r.success === false)
  if (results && results.length > 0 && failed && results.every((r) => r?.success === false)) {
    const code = textOf(failed.failure_reason) ?? 'UNKNOWN_CANCEL_FAILURE_REASON'
    return {
      kind: 'other',
      code,
      message: code,
      hint: 'Coinbase could not cancel: check the order id and its state.',
    }
  }
  return undefined
}

function byMessage(message: string): CoinbaseErrorEntry | undefined {
  // The older answer says {"error":"unknown","error_details":"Missing required scopes"} (spec coinbase.md §8).
  return /required scopes|permission/i.test(message) ? coinbaseErrors.PERMISSION_DENIED : undefined
}

function byStatus(status: number): string | undefined {
  if (status >= 500) return coinbaseErrors.INTERNAL!.hint
  if (status === 404) return coinbaseErrors.NOT_FOUND!.hint
  if (status === 403)
    return 'Coinbase or its CDN refused the request: check the key scopes, IP allowlist and region.'
  return undefined
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
