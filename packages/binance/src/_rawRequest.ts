import type { RawRequest } from '@signet/core'
import { decodeForm, parseRawRequest } from '@signet/core/kit'

/** A raw Binance request split the way Binance's server reads it. @internal */
export type BinanceRawParts = {
  method: string
  path: string
  headers: Record<string, string>
  /** Query text with the signature pair removed, byte-exact. */
  query: string
  /** Body text with the signature pair removed ('' when the body is not read as a form). */
  body: string
  /** Every `signature` value found (raw, still percent-encoded). */
  signatures: string[]
  /** Decoded params: query first, then body; duplicate names are kept. */
  queryParams: [string, string][]
  bodyParams: [string, string][]
}

const FORM = 'application/x-www-form-urlencoded'

/** True when the body is read as a form: no Content-Type, or a form one (spec binance.md §2, §3). @internal */
export function readsBody(headers: Record<string, string>): boolean {
  const type = headers['content-type']
  return type === undefined || type.split(';')[0]!.trim().toLowerCase() === FORM
}

/** Removes every `signature=` pair from `a=b&c=d` text, keeping the other bytes exactly. */
function stripSignature(text: string, found: string[]): string {
  if (!text.includes('signature')) return text
  const kept: string[] = []
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=')
    const name = eq < 0 ? pair : pair.slice(0, eq)
    if (name === 'signature') found.push(eq < 0 ? '' : pair.slice(eq + 1))
    else kept.push(pair)
  }
  return kept.join('&')
}

/**
 * Splits a raw request as Binance does: the signed payload is the query string + the form body, each without
 * its `signature` pair, concatenated with no separator (spec binance.md §2).
 * @internal
 */
export function splitRawRequest(request: RawRequest): BinanceRawParts {
  const parsed = parseRawRequest(request)
  const signatures: string[] = []
  const query = stripSignature(parsed.query, signatures)
  const bodyText = readsBody(parsed.headers) ? parsed.body : ''
  const body = stripSignature(bodyText, signatures)
  return {
    method: parsed.method,
    path: parsed.path,
    headers: parsed.headers,
    query,
    body,
    signatures,
    queryParams: decodeForm(query),
    bodyParams: decodeForm(body),
  }
}
