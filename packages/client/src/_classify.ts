import {
  type ClassifiedError,
  type ExchangeDefinition,
  ExchangeError,
  type ExchangeResponse,
  type HttpMethod,
  type Redactor,
} from '@signet/core'
import { MAX_BODY_CHARS, retryAfterMs, summarizeBody, toExchangeError } from '@signet/core/kit'
import type { Answer } from './_answer'
import { SHARED_KEY_HINT } from './_freshness'
import { unknownOutcomeHint } from './_unknownOutcome'
import { ANSWER_HEADERS } from './_wire'

/** Reads a fetch `Response`'s headers into a plain object. @internal */
export function headersOf(response: Response): Record<string, string> {
  // The client's own transport kept them as a plain object already.
  const kept = (response as { [ANSWER_HEADERS]?: Record<string, string> })[ANSWER_HEADERS]
  if (kept) return kept
  const out: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

/**
 * The classify stage: the exchange's classifier decides success or which known cause an answer is; a classifier
 * that throws on an answer it cannot read yields `other` with the HTTP status rather than an untyped error.
 * @internal
 */
export function classify(exchange: ExchangeDefinition, wire: ExchangeResponse): ClassifiedError | undefined {
  try {
    return exchange.classifyError(wire)
  } catch {
    return { kind: 'other', code: wire.status, message: `HTTP ${wire.status}`, hint: undefined }
  }
}

/**
 * Classifies an answer, and when it is an error, classifies it again from the body redacted by the request's
 * redactor, so no summary of an echoed request can carry its signature; the message is redacted once more after
 * summarising. A body over `MAX_BODY_CHARS` is cut to it before a classifier parses it; a 2xx that long is no
 * exchange's error object and goes to the success parser (which fails typed if it is not JSON). @internal
 */
export function classifyRedacted(
  exchange: ExchangeDefinition,
  wire: ExchangeResponse,
  redact: Redactor,
): ClassifiedError | undefined {
  const long = wire.body.length > MAX_BODY_CHARS
  if (long && wire.status >= 200 && wire.status < 300) return undefined
  const body = long ? wire.body.slice(0, MAX_BODY_CHARS) : wire.body
  // A cut or redacted copy carries its own text only: the parsed `json` belongs to the whole, unredacted body.
  const first = classify(exchange, long ? { status: wire.status, headers: wire.headers, body } : wire)
  if (!first) return wire.status >= 300 && wire.status < 400 ? redirect(wire, redact) : undefined
  const clean =
    classify(exchange, { status: wire.status, headers: wire.headers, body: redact(body) }) ?? first
  return { ...clean, message: redact(clean.message) }
}

/**
 * A 3xx the exchange's classifier let through: the client does not follow redirects (the signature covers one host
 * and path, and a followed POST would be re-sent as a GET), so it is an error naming where it pointed. @internal
 */
function redirect(wire: ExchangeResponse, redact: Redactor): ClassifiedError {
  const location = wire.headers.location
  return {
    kind: 'other',
    code: wire.status,
    message: redact(`HTTP ${wire.status}: a redirect${location ? ` to ${location}` : ''}, not followed`),
    hint: "Exchange APIs answer directly: a redirect means the base URL points elsewhere (an old host, http instead of https, a proxy). Set baseUrl to the exchange's API host.",
  }
}

/**
 * The answer body an `ExchangeError` keeps as `data`: redacted with the request's redactor before parsing (so an
 * echoed signature or key never reaches an object), all cut to `MAX_BODY_CHARS` first, then JSON when it is
 * JSON, else the text; undefined when empty. @internal
 */
export function answerData(text: string, redact: Redactor): unknown {
  if (text === '') return undefined
  // Cut before parsing, as for classifying: a hostile or broken answer costs bounded time and memory.
  const clean = redact(text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text)
  try {
    return JSON.parse(clean)
  } catch {
    return clean
  }
}

/** Parses a success body: JSON when it is JSON, the text otherwise, undefined when empty. @internal */
export function parseBody(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * The parsed body of an answer the exchange's classifier called a success: every exchange answers JSON, so a
 * body that is not (a captive portal's page, a truncated answer) is an `ExchangeError`, never a string. @internal
 */
export function parseSuccess(
  answer: Answer,
  context: { exchange: string; request: () => string; method: string; redact: Redactor },
): unknown {
  // `json` is the body parsed once for the classifier too; undefined means it is not JSON.
  const { body, status } = answer
  if (body === '') return undefined
  const json = answer.json
  if (json !== undefined) return json
  const unknown = context.method !== 'GET'
  throw new ExchangeError(
    `HTTP ${status} with a body that is not JSON: ${context.redact(summarizeBody(body)) || '(unreadable)'}`,
    {
      exchange: context.exchange,
      status,
      request: context.request(),
      data: answerData(body, context.redact),
      // Copied only for this error (a caller's fetch has no plain copy to give).
      response: { status, headers: answer.headers },
      hint: `Something other than the exchange answered (a proxy, captive portal, or a connection cut mid-body): check the base URL${unknown ? '; the outcome is unknown, so query the order by its client order id before sending it again' : ''}.`,
    },
  )
}

/**
 * The typed error for an answer the exchange refused: its class from the classification, a hint that says when a
 * non-GET's outcome is unknown (5xx, 408) and how to check, or that a key seems shared after a fresh nonce was
 * refused too, and the redacted answer kept as `data` and `response` (a batch's placed ids). @internal
 */
export function answerError(
  exchange: ExchangeDefinition,
  classified: ClassifiedError,
  wire: ExchangeResponse,
  context: { request: string; method: HttpMethod; sharedKey: boolean; redact: Redactor },
): ExchangeError {
  const hint = context.sharedKey ? SHARED_KEY_HINT : classified.hint
  const unknown = unknownOutcomeHint(exchange, context.method, wire.status)
  return toExchangeError(
    {
      ...classified,
      hint: unknown ? `${unknown}${hint ? ` ${hint}` : ''}` : hint,
      retryAfterMs: classified.retryAfterMs ?? retryAfterMs(wire.headers),
    },
    {
      exchange: exchange.id,
      status: wire.status,
      request: context.request,
      data: answerData(wire.body, context.redact),
      response: { status: wire.status, headers: wire.headers },
    },
  )
}
