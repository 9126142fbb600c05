import type { RateEndpoint } from '../rate/types'

/**
 * The weights per bucket id a request to `endpoint` costs: chosen by a parameter's value (`by`), by a missing
 * parameter (`without`), else the endpoint's `weights`; undefined for an endpoint the data does not list.
 *
 * @example
 * endpointWeights(hyperliquidRateLimits.endpoints[1], { type: 'openOrders' }) // { 'rest-weight': 20 }
 */
export function endpointWeights(
  endpoint: RateEndpoint | undefined,
  params: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, number>> | undefined {
  if (!endpoint) return undefined
  const chosen = endpoint.by && params?.[endpoint.by.param]
  if (chosen !== undefined && chosen !== '' && Object.hasOwn(endpoint.by!.weights, chosen))
    return endpoint.by!.weights[chosen]
  if (endpoint.without && params?.[endpoint.without.param] === undefined) return endpoint.without.weights
  return endpoint.weights
}
