import type { ExchangeResponse } from '@signet/core'

/**
 * An exchange's answer as a classifier receives it, for error-table tests.
 *
 * @example
 * classifyOkxError(exchangeResponse(401, '{"code":"50113","msg":"Invalid Sign"}'))?.kind // 'invalid-signature'
 */
export function exchangeResponse(
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): ExchangeResponse {
  return { status, headers, body }
}
