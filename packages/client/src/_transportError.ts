import {
  type ExchangeDefinition,
  NetworkError,
  type Redactor,
  redactCause,
  type SignedRequest,
} from '@signet/core'
import { unknownOutcomeHint } from './_unknownOutcome'

// Failures that happen before a byte reaches the exchange: no connection (refused, no such host, no route), or a
// request fetch refuses to build (a header value it cannot send, a bad URL).
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL',
  'ERR_INVALID_CHAR',
  'ERR_INVALID_HTTP_TOKEN',
  'UND_ERR_INVALID_ARG',
])
const NOT_SENT_MESSAGE = /ByteString|invalid header|Headers\.|Invalid URL|Failed to parse URL/i

/** Where the transport failed: before sending, while waiting for the answer, or while reading its body. @internal */
export type TransportPhase = 'send' | 'body'

/** True when `error` proves nothing left this process (so even an order may be sent again). @internal */
export function neverSent(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    i++
  ) {
    if (typeof e.code === 'string' && NOT_SENT_CODES.has(e.code)) return true
    if (typeof e.message === 'string' && NOT_SENT_MESSAGE.test(e.message)) return true
    e = e.cause as typeof e
  }
  return false
}

/** fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ...) on its cause. @internal */
function describe(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { code?: string; message?: string } }
  const code = e?.cause?.code ?? e?.code
  return `${e?.message ?? String(error)}${code ? ` (${code})` : ''}`
}

/**
 * The typed error for a request the transport failed on, redacted with the request's redactor (the transport's
 * own text quotes the signed URL), its cause kept as a redacted copy. It says whether the request was never sent
 * (safe to send again), and for anything but a GET whose outcome is unknown, how to check (query by client order
 * id). @internal
 */
export function transportError(
  error: unknown,
  context: {
    exchange: ExchangeDefinition
    signed: SignedRequest
    request: string
    redact: Redactor
    phase: TransportPhase
    status?: number | undefined
  },
): NetworkError {
  const { exchange, signed, request, redact, phase, status } = context
  const reason = redact(describe(error))
  const cause = redactCause(error, redact)
  if (phase === 'send' && neverSent(error)) {
    return new NetworkError(`The request was refused before it left, nothing was sent: ${reason}`, {
      exchange: exchange.id,
      request,
      hint: 'Nothing reached the exchange: fix the cause (connectivity, host, header values) and send it again.',
      cause,
    })
  }
  // The caller's own AbortSignal: not a connectivity problem, and for a non-GET the outcome is still unknown.
  if (isAbort(error)) {
    return new NetworkError(
      `The request was aborted by the caller's AbortSignal (${phase === 'body' ? 'while reading the answer' : 'before the answer arrived'})`,
      {
        exchange: exchange.id,
        request,
        hint:
          signed.method === 'GET'
            ? 'Aborted on purpose: a GET is safe to send again.'
            : unknownOutcomeHint(exchange, signed.method, undefined),
        cause,
      },
    )
  }
  if (signed.method === 'GET') {
    return new NetworkError(
      phase === 'body'
        ? `The answer was cut off mid-body (HTTP ${status}): ${reason}`
        : `The request could not be completed: ${reason}`,
      {
        exchange: exchange.id,
        request,
        hint: 'Check connectivity to the exchange host; a GET is safe to send again.',
        cause,
      },
    )
  }
  return new NetworkError(
    phase === 'body'
      ? `The outcome is unknown: the exchange answered HTTP ${status} but the connection dropped mid-body: ${reason}`
      : `The outcome is unknown: the request may have reached the exchange before the connection failed: ${reason}`,
    {
      exchange: exchange.id,
      request,
      hint: unknownOutcomeHint(exchange, signed.method, undefined),
      cause,
    },
  )
}

/** True for the DOMException fetch throws when the caller's signal aborts (ky's own timeout is a TimeoutError). */
function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError'
}
