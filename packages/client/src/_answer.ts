import type { ExchangeResponse } from '@signet/core'
import { parseJson } from '@signet/core/kit'
import { headersOf } from './_classify'

/** An answer as the stages after sending read it: status and body, with headers and JSON made on first read. @internal */
export type Answer = ExchangeResponse & { readonly json: unknown }

/**
 * The answer stage: the headers are copied into a plain object, and the body parsed, only when something first
 * reads them (the classifier, the budget, the clock, an error or the caller's result), and then once. @internal
 */
export function answerOf(response: Response, body: string): Answer {
  let headers: Record<string, string> | undefined
  let json: unknown
  let parsed = false
  return {
    status: response.status,
    get headers() {
      headers ??= headersOf(response)
      return headers
    },
    body,
    get json() {
      if (!parsed) {
        parsed = true
        json = parseJson(body)
      }
      return json
    },
  }
}
