import type { ExchangeResponse } from './types'

/**
 * An answer's body as JSON, any JSON value; undefined for HTML, text, an empty or broken body. Taken from
 * `response.json` when whoever received the answer parsed it already (the client parses each answer once),
 * parsed from `body` otherwise. Never throws.
 *
 * @example
 * answerJson({ status: 200, headers: {}, body: '[1,2]' }) // [1, 2]
 */
export function answerJson(response: ExchangeResponse): unknown {
  if (response !== null && typeof response === 'object' && 'json' in response) return response.json
  return parseJson(typeof response?.body === 'string' ? response.body : '')
}

/**
 * An answer's body when it is a JSON object (not an array or a scalar); undefined otherwise. Never throws.
 *
 * @example
 * answerObject({ status: 400, headers: {}, body: '{"code":-1022}' }) // { code: -1022 }
 */
export function answerObject(response: ExchangeResponse): Record<string, unknown> | undefined {
  return objectOf(answerJson(response))
}

/** A JSON value when it is an object (not an array or a scalar); undefined otherwise. @internal */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * `JSON.parse` that never throws: undefined for an empty text and anything that is not JSON.
 *
 * @example
 * parseJson('{"a":1}') // { a: 1 }
 */
export function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}
