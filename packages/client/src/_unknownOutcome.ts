import type { ExchangeDefinition, HttpMethod } from '@signet/core'

/**
 * The hint for a request that may have been executed although the caller saw a failure (a non-GET whose answer
 * was lost, cut off, or a 5xx/408 from the exchange or a proxy): says so, and how to check, by the exchange's
 * client order id parameter. Undefined when the outcome is known (a GET, or an answer that proves refusal).
 * @internal
 */
export function unknownOutcomeHint(
  exchange: ExchangeDefinition,
  method: HttpMethod,
  status: number | undefined,
): string | undefined {
  if (method === 'GET') return undefined
  if (status !== undefined && status < 500 && status !== 408) return undefined
  const param = exchange.clientOrderIdParam
  return `The outcome is unknown: the exchange may have executed it. Not retried automatically: query the order by its client order id (${param}) before sending it again.`
}
