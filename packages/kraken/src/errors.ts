import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { readAnswer, summarizeBody } from '@signet/core/kit'

/** One row of Kraken's error table. */
export type KrakenErrorEntry = {
  kind: ErrorKind
  /** HTTP status Kraken answers with. */
  status: number
  /** The error string Kraken sends in `error[]` (also its code). */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

// spec kraken.md §5: Kraken answers `{"error":["<severity><category>:<message>"],"result":{}}`; the error string is
// the code. Strings and causes from docs.kraken.com "Spot Error Messages" and "Error messages". Kraken answers
// these with HTTP 200 (a third-party catalogue of Kraken's errors says so; not confirmed by Kraken's own docs);
// `EGeneral:Unknown method` with 404 and `EService:Unavailable` with 503 are our assumption.

const entry = (kind: ErrorKind, message: string, hint: string, status = 200): KrakenErrorEntry => ({
  kind,
  status,
  message,
  hint,
})

/** Kraken's error strings as data: kind, HTTP status, wire string and hint. */
export const krakenErrors: Readonly<Record<string, KrakenErrorEntry>> = {
  'EAPI:Invalid key': entry(
    'invalid-api-key',
    'EAPI:Invalid key',
    'Check the API-Key header: the public key copied whole (no trailing newline), not deleted; Kraken also answers this when the signed POST data differs from the body sent.',
  ),
  'EAPI:Invalid signature': entry(
    'invalid-signature',
    'EAPI:Invalid signature',
    'Sign base64(HMAC-SHA512(base64-decoded secret, "/0/private/…" path + SHA256(nonce + POST data))) over the exact body sent.',
  ),
  'EAPI:Invalid nonce': entry(
    'nonce',
    'EAPI:Invalid nonce',
    'The nonce was not above the last one this key used: another process (or another library, or an earlier run with larger nonces) uses this key; give each process its own key or share one NonceSource.',
  ),
  'EGeneral:Permission denied': entry(
    'permission',
    'EGeneral:Permission denied',
    'Give the key the permission this endpoint needs (Query Funds, Create & Modify Orders, …) in Settings → API.',
  ),
  'EAPI:Rate limit exceeded': entry(
    'rate-limit',
    'EAPI:Rate limit exceeded',
    "Slow down: the key's API counter is full; it decays over time, so wait before sending again.",
  ),
  'EOrder:Rate limit exceeded': entry(
    'rate-limit',
    'EOrder:Rate limit exceeded',
    "Slow down order placement and cancellation: the pair's trading counter is full.",
  ),
  'EGeneral:Temporary lockout': entry(
    'rate-limit',
    'EGeneral:Temporary lockout',
    'Too many failed authentications (invalid key or nonce): stop retrying and wait a few minutes, then fix the cause.',
  ),
  'EGeneral:Invalid arguments': entry(
    'other',
    'EGeneral:Invalid arguments',
    'A parameter is missing, malformed or ambiguous: read the message and the endpoint reference.',
  ),
  'EService:Unavailable': entry(
    'other',
    'EService:Unavailable',
    'The matching engine or API is offline: retry later, and check order state before re-sending an order.',
    503,
  ),
  'EService:Busy': entry('other', 'EService:Busy', 'Kraken is busy: retry later.', 503),
  'EGeneral:Internal error': entry(
    'other',
    'EGeneral:Internal error',
    'A Kraken-side problem: retry later, and check order state before re-sending an order.',
    500,
  ),
  'EGeneral:Unknown method': entry(
    'other',
    'EGeneral:Unknown method',
    'Check the path: private endpoints are POST /0/private/<Method>, public ones GET /0/public/<Method>.',
    404,
  ),
  'EOrder:Unknown order': entry(
    'other',
    'EOrder:Unknown order',
    'No order with this id or cl_ord_id: it may be filled, cancelled or never placed.',
  ),
}

const codes = Object.keys(krakenErrors)

/** The table row for an error string, also with a detail suffix (`EGeneral:Invalid arguments:Index unavailable`). */
function lookup(text: string): KrakenErrorEntry | undefined {
  const exact = krakenErrors[text]
  if (exact) return exact
  const code = codes.find((c) => text.startsWith(`${c}:`))
  return code === undefined ? undefined : krakenErrors[code]
}

/**
 * Classifies a Kraken answer: undefined when `error[]` is empty (warnings start with `W` and are not errors),
 * otherwise the cause of its first error string, or of the HTTP status; never throws, also for HTML or empty bodies.
 *
 * @example
 * classifyKrakenError({ status: 200, headers: {}, body: '{"error":["EAPI:Invalid nonce"],"result":{}}' })?.kind // 'nonce'
 */
export function classifyKrakenError(response: ExchangeResponse): ClassifiedError | undefined {
  const answer = readAnswer(response)
  const { json } = answer
  const errors = Array.isArray(json?.error)
    ? json.error.filter((e): e is string => typeof e === 'string')
    : []
  const first = errors.find((e) => e.startsWith('E'))
  if (first !== undefined) {
    const known = lookup(first)
    return {
      kind: known?.kind ?? 'other',
      code: first,
      message: errors.join(', '),
      hint: known?.hint ?? 'Read the message: Kraken did not accept the request as sent.',
      retryAfterMs: answer.retryAfterMs,
    }
  }
  if (json && response.status >= 200 && response.status < 300) return undefined
  if (response.status >= 200 && response.status < 300 && response.body === '') return undefined
  const message = summarizeBody(response.body, 200) || `HTTP ${response.status}`
  if (response.status === 429) {
    return {
      kind: 'rate-limit',
      code: response.status,
      message,
      hint: krakenErrors['EAPI:Rate limit exceeded']!.hint,
      retryAfterMs: answer.retryAfterMs,
    }
  }
  if (response.status >= 200 && response.status < 300) {
    return {
      kind: 'other',
      code: undefined,
      message,
      hint: 'Kraken answered without its JSON envelope: check the base URL (a proxy or captive portal may be answering).',
      retryAfterMs: answer.retryAfterMs,
    }
  }
  const hint =
    response.status >= 500
      ? 'Kraken or a proxy in between failed: retry later, and check order state before re-sending an order.'
      : response.status === 404
        ? krakenErrors['EGeneral:Unknown method']!.hint
        : 'The request was blocked (firewall, region or proxy): read the message first.'
  return { kind: 'other', code: response.status, message, hint, retryAfterMs: answer.retryAfterMs }
}
