import { decodeForm } from './parseRawRequest'

/**
 * Every parameter of a received request as text, for verifiers: decoded query pairs, then form pairs or the
 * top-level fields of a JSON object body (non-string values as JSON text).
 *
 * @example
 * requestParams('symbol=BTC-USDT', '{"size":"1"}') // { symbol: 'BTC-USDT', size: '1' }
 */
export function requestParams(query: string, body: string, contentType = ''): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [name, value] of decodeForm(query)) params[name] = value
  if (body === '') return params
  if (contentType.includes('x-www-form-urlencoded')) {
    for (const [name, value] of decodeForm(body)) params[name] = value
    return params
  }
  try {
    const json: unknown = JSON.parse(body)
    if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
      for (const [name, value] of Object.entries(json))
        params[name] = typeof value === 'string' ? value : JSON.stringify(value)
    }
  } catch {
    // Not JSON: no body params.
  }
  return params
}
