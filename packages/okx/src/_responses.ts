import type { WireResponse } from '@signet/core'
import { okxErrors } from './errors'

const JSON_HEADERS = { 'content-type': 'application/json' }

/** OKX's REST envelope, `code` always a string (spec okx.md §6). @internal */
export function envelope(status: number, code: string, msg: string, data: unknown[] = []): WireResponse {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify({ code, msg, data }) }
}

/** The answer OKX gives for an error code of its table, with the live message where one is known. @internal */
export function errorResponse(code: string, message?: string): WireResponse {
  const info = okxErrors[code]
  if (!info) throw new Error(`unknown OKX error code ${code}`)
  return envelope(info.status ?? 400, code, message ?? info.liveMessage ?? info.message)
}

/** Per-order failure: order endpoints answer code "1" with the cause in data[0].sCode (HTTP 200). @internal */
export function orderFailure(sCode: string, sMsg: string): WireResponse {
  return envelope(200, '1', 'All operations failed', [{ ordId: '', clOrdId: '', tag: '', sCode, sMsg }])
}
