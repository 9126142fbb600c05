import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { answerJson, MAX_BODY_CHARS, notJsonAnswer, retryAfterMs, summarizeBody } from '@signet/core/kit'

/** One row of Binance's error table (spec binance.md §6; errors.md). */
export type BinanceErrorEntry = {
  code: number
  name: string
  /** The message Binance writes (messages with a `%s` vary). */
  message: string
  /** HTTP status Binance answers with; undefined where neither the docs nor an observation say. */
  status: number | undefined
  kind: ErrorKind
  /** Which cause to check first. */
  hint: string | undefined
}

const row = (
  code: number,
  name: string,
  message: string,
  status: number | undefined,
  kind: ErrorKind,
  hint?: string,
) => ({ code, name, message, status, kind, hint }) as BinanceErrorEntry

/** The -1021 message for a timestamp 1000 ms or more ahead of Binance's clock (spec binance.md §4). */
export const AHEAD_MESSAGE = "Timestamp for this request was 1000ms ahead of the server's time."
/** The -1021 message for a timestamp older than recvWindow (spec binance.md §4). */
export const OUTSIDE_MESSAGE = 'Timestamp for this request is outside of the recvWindow.'

const AHEAD_HINT =
  "Your clock is ahead of Binance's: sync the timestamp with GET /api/v3/time (or /fapi/v1/time) instead of the local clock."
const OUTSIDE_HINT =
  'The request arrived more than recvWindow ms after its timestamp: check first that your clock is not behind Binance (sync with GET /api/v3/time), then the latency; raise recvWindow (max 60000) only as a last resort.'

/**
 * Binance's authentication-related error codes, with the HTTP status, the kind Signet maps them to and a hint.
 *
 * @example
 * binanceErrors.find((e) => e.code === -1022)?.hint
 */
export const binanceErrors: readonly BinanceErrorEntry[] = [
  row(
    -1000,
    'UNKNOWN',
    'An unknown error occurred while processing the request.',
    500,
    'other',
    'Binance-side error: retry later; query the order state before re-sending an order.',
  ),
  row(
    -1002,
    'UNAUTHORIZED',
    'You are not authorized to execute this request.',
    undefined,
    'permission',
    'Check the API key permissions for this endpoint in API Management.',
  ),
  row(
    -1003,
    'TOO_MANY_REQUESTS',
    'Too many requests; current limit is %s requests per minute.',
    429,
    'rate-limit',
    'Back off until Retry-After: you exceeded the request-weight limit (continuing after 429 gets the IP banned with 418).',
  ),
  row(
    -1007,
    'TIMEOUT',
    'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    undefined,
    'other',
    'The execution status is unknown: query the order before retrying.',
  ),
  row(
    -1008,
    'SERVER_BUSY',
    'Server is currently overloaded with other requests. Please try again in a few minutes.',
    undefined,
    'other',
    'Binance is overloaded: retry later with backoff.',
  ),
  row(
    -1015,
    'TOO_MANY_ORDERS',
    'Too many new orders; current limit is %s orders per %s.',
    429,
    'rate-limit',
    'Back off: you exceeded the order-rate limit for this account.',
  ),
  row(-1021, 'INVALID_TIMESTAMP', OUTSIDE_MESSAGE, 400, 'timestamp', OUTSIDE_HINT),
  row(
    -1022,
    'INVALID_SIGNATURE',
    'Signature for this request is not valid.',
    400,
    'invalid-signature',
    'Binance hashes the query string + body exactly as received: check first that you percent-encode the params before signing (required since 2026-01-15) and send the exact signed bytes with signature last; then that the secret has no trailing newline and matches this key (and key type).',
  ),
  row(
    -1100,
    'ILLEGAL_CHARS',
    "Illegal characters found in parameter '%s'; legal range is '%s'.",
    400,
    'other',
    undefined,
  ),
  row(
    -1101,
    'TOO_MANY_PARAMETERS',
    'Duplicate values for a parameter detected.',
    400,
    'other',
    'Send each parameter once (query string or body, not both).',
  ),
  row(
    -1102,
    'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
    "Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
    400,
    'other',
    'A required parameter (often timestamp or signature) is missing: check that the form body was sent with Content-Type application/x-www-form-urlencoded.',
  ),
  row(
    -1131,
    'BAD_RECV_WINDOW',
    'recvWindow must be less than 60000',
    400,
    'other',
    'Use a recvWindow of at most 60000 ms (5000 or less is recommended).',
  ),
  row(-2010, 'NEW_ORDER_REJECTED', 'Duplicate order sent.', 400, 'other', undefined),
  row(-2011, 'CANCEL_REJECTED', 'Unknown order sent.', 400, 'other', undefined),
  row(
    -2014,
    'BAD_API_KEY_FMT',
    'API-key format invalid.',
    401,
    'invalid-api-key',
    'The X-MBX-APIKEY header is missing, empty or damaged: send the key exactly as issued, without whitespace or a newline.',
  ),
  row(
    -2015,
    'REJECTED_MBX_KEY',
    'Invalid API-key, IP, or permissions for action.',
    401,
    'invalid-api-key',
    "Binance uses -2015 for three causes: check first that the key belongs to this environment (live, testnet and demo keys differ) and was copied whole, then that your IP is on the key's allow-list, then that the key has the permission this endpoint needs (e.g. Spot & Margin Trading).",
  ),
]

const byCode = new Map(binanceErrors.map((e) => [e.code, e]))

/**
 * Classifies a Binance answer: undefined on success, otherwise the error kind, Binance's code and message,
 * a hint, and `retryAfterMs` for 429/418. Never throws, also for HTML and empty bodies.
 *
 * @example
 * classifyBinanceError({ status: 400, headers: {}, body: '{"code":-1022,"msg":"Signature for this request is not valid."}' })?.kind // 'invalid-signature'
 */
export function classifyBinanceError(response: ExchangeResponse): ClassifiedError | undefined {
  const status = response?.status ?? 0
  const body = typeof response?.body === 'string' ? response.body : ''
  // A body over the limit is never an error object of Binance's; it is not parsed here.
  const json = (body.length > MAX_BODY_CHARS ? undefined : answerJson(response)) as
    | { code?: unknown; msg?: unknown }
    | undefined
  const rawCode = json && typeof json === 'object' ? json.code : undefined
  const code =
    typeof rawCode === 'number'
      ? rawCode
      : typeof rawCode === 'string' && /^-\d+$/.test(rawCode)
        ? Number(rawCode)
        : undefined
  const msg = json && typeof json === 'object' && typeof json.msg === 'string' ? json.msg : undefined
  const isError = status >= 400 || (code !== undefined && code < 0)
  // Every Binance REST answer is JSON (spec binance.md §6): a 2xx that is not came from something else.
  if (!isError) return notJsonAnswer(response, 'Binance', json !== undefined || body.length > MAX_BODY_CHARS)
  const message = msg ?? (body.trim() === '' ? `HTTP ${status}` : `HTTP ${status}: ${summarizeBody(body)}`)
  if (status === 429 || status === 418) {
    // spec binance.md §6: 429 = rate limit hit, 418 = IP auto-banned for continuing after 429s.
    return {
      kind: 'rate-limit',
      code,
      message,
      retryAfterMs: retryAfterMs(response.headers),
      hint:
        status === 418
          ? 'Your IP is banned for continuing after 429 answers: send nothing until Retry-After has passed.'
          : byCode.get(-1003)!.hint,
    }
  }
  const entry = code === undefined ? undefined : byCode.get(code)
  if (entry) {
    let hint = entry.hint
    // spec binance.md §4: one code, two messages; the message says which side the clock is off.
    if (entry.code === -1021) hint = /ahead/i.test(message) ? AHEAD_HINT : OUTSIDE_HINT
    return { kind: entry.kind, code: entry.code, message, hint, retryAfterMs: retryAfterMs(response.headers) }
  }
  if (code !== undefined) return { kind: 'other', code, message, hint: undefined }
  let hint: string | undefined
  if (status === 403)
    hint =
      "Binance's web application firewall blocked the request: check for SQL-like words in params and whether your IP or region is blocked."
  else if (status === 404)
    hint =
      'Unknown path for this host: check the product host (e.g. /fapi paths go to fapi.binance.com, /api paths to api.binance.com).'
  else if (status === 503)
    hint = 'Binance did not answer in time: the execution status is unknown, query the order before retrying.'
  else if (status >= 500)
    hint = 'Binance-side error: retry later; query the order state before re-sending an order.'
  return { kind: 'other', code: undefined, message, hint, retryAfterMs: retryAfterMs(response.headers) }
}
