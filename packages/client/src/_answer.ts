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
  return new LazyAnswer(response, body)
}

// A class, not an object literal with getters: a literal's accessors are defined at run time on every answer
// (~0.6 µs each on Node 20, and the answer leaves V8's fast object shapes); the class's live on its prototype.
class LazyAnswer implements Answer {
  readonly status: number
  readonly body: string
  #response: Response
  #headers: Record<string, string> | undefined
  #json: unknown
  #parsed = false

  constructor(response: Response, body: string) {
    this.status = response.status
    this.body = body
    this.#response = response
  }

  get headers(): Record<string, string> {
    this.#headers ??= headersOf(this.#response)
    return this.#headers
  }

  get json(): unknown {
    if (!this.#parsed) {
      this.#parsed = true
      this.#json = parseJson(this.body)
    }
    return this.#json
  }
}
