import type { WireResponse } from '@signet/core'
import { hyperliquidErrors } from './errors'

const json = { 'content-type': 'application/json' }
const text = { 'content-type': 'text/plain; charset=utf-8' }

/** `{"status":"err","response":"…"}` with HTTP 200, as `/exchange` answers a refused action (spec hyperliquid.md §7). @internal */
export function errAnswer(id: string, value: string): WireResponse {
  return errMessage(hyperliquidErrors[id]!.message.replace('{0}', value))
}

/** `{"status":"err","response":message}` with HTTP 200 (spec hyperliquid.md §7). @internal */
export function errMessage(message: string): WireResponse {
  return { status: 200, headers: json, body: JSON.stringify({ status: 'err', response: message }) }
}

/** A plain-text HTTP answer (422 deserialisation, 415 content type, 404, 405), as the HTTP layer writes it. @internal */
export function textAnswer(status: number, body: string): WireResponse {
  return { status, headers: text, body }
}

/** `{"status":"ok","response":…}` (spec hyperliquid.md §7). @internal */
export function okAnswer(response: unknown): WireResponse {
  return { status: 200, headers: json, body: JSON.stringify({ status: 'ok', response }) }
}

/** A JSON answer as `/info` writes it (no envelope). @internal */
export function infoAnswer(data: unknown): WireResponse {
  return { status: 200, headers: json, body: JSON.stringify(data) }
}
