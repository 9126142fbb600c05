import type { WireResponse } from '@signet/core'
import { coinbaseErrors } from './errors'

const JSON_HEADERS = { 'content-type': 'application/json' }

/** Any JSON answer. @internal */
export function jsonResponse(status: number, data: unknown): WireResponse {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify(data) }
}

/** The bare 401 Coinbase sends for any JWT problem (spec coinbase.md §8). @internal */
export function unauthorized(): WireResponse {
  return {
    status: 401,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    body: 'Unauthorized\n',
  }
}

/** `{"error", "error_details", "message"}` with the row's status (spec coinbase.md §8). @internal */
export function errorResponse(code: string, message?: string): WireResponse {
  const entry = coinbaseErrors[code]
  if (!entry) throw new Error(`unknown Coinbase error code ${code}`)
  const text = message ?? entry.message
  return jsonResponse(entry.status, { error: code, error_details: text, message: text })
}

/** GET /api/v3/brokerage/time: ISO time and epoch seconds and ms as strings (spec coinbase.md §5). @internal */
export function serverTimeResponse(ms: number): WireResponse {
  return jsonResponse(200, {
    iso: new Date(ms).toISOString(),
    epochSeconds: String(Math.floor(ms / 1000)),
    epochMillis: String(ms),
  })
}
