import type { ClassifiedError, ExchangeDefinition, ExchangeResponse } from '@signet/core'

/** Reads a fetch `Response`'s headers into a plain object. @internal */
export function headersOf(response: Response): Record<string, string> {
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

/** Parses a success body: JSON when it is JSON, the text otherwise, undefined when empty. @internal */
export function parseBody(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
