import type { ExchangeResponse } from '@signet/core'
import { answerObject } from '../exchange/answerJson'
import { retryAfterMs } from '../exchange/retryAfterMs'

/** An exchange's answer as a classifier reads it. */
export type Answer = {
  /** The HTTP status, 0 when the response carries none. */
  status: number
  /** The body text, `''` when the response carries none. */
  body: string
  /** The body's JSON object; undefined for other JSON, HTML, text or an empty body. */
  json: Record<string, unknown> | undefined
  /** How long the exchange asks to wait, in ms, from its headers (read on first access: not for a success). */
  retryAfterMs: number | undefined
}

/**
 * The first step of every error classifier: status, body, the body's JSON object and the wait the headers ask
 * for, read without throwing whatever the response holds (a proxy's HTML page, an empty body, a malformed object).
 *
 * @example
 * const answer = readAnswer(response) // answer.retryAfterMs reads the headers when an error asks for it
 * @param readRetryAfter reads the wait from the headers (an exchange's own rate-limit headers). @default core's `retryAfterMs` (Retry-After)
 */
export function readAnswer(
  response: ExchangeResponse,
  readRetryAfter: (headers: Readonly<Record<string, string>>) => number | undefined = retryAfterMs,
): Answer {
  const status = typeof response?.status === 'number' ? response.status : 0
  const body = typeof response?.body === 'string' ? response.body : ''
  return {
    status,
    body,
    json: answerObject(response),
    // Read when a classifier asks (an error): a success never does, and a caller's fetch copies its headers for it.
    get retryAfterMs() {
      const headers = response?.headers
      return readRetryAfter(headers !== null && typeof headers === 'object' ? headers : {})
    },
  }
}
