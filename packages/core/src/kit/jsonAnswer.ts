import type { WireResponse } from '@signet/core'

/**
 * A plain JSON answer as an emulated exchange writes it: the status, `Content-Type: application/json` and the
 * body as compact JSON.
 *
 * @example
 * jsonAnswer(200, { code: '0', data: { orderId: '1' } })
 */
export function jsonAnswer(status: number, body: unknown): WireResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
}
