import { endpointWeights } from '../kit/endpointWeights'
import type { RateEndpoint, RateLimits } from '../rate/types'
import type { BudgetCharge, BudgetRequest, BudgetScopes } from './types'

/** The documented endpoint a request path falls under; `{name}` in a documented path stands for one segment. */
export function rateEndpointOf(limits: RateLimits, method: string, path: string): RateEndpoint | undefined {
  const got = path.split('/')
  return limits.endpoints.find((endpoint) => {
    if (endpoint.method !== method) return false
    const want = endpoint.path.split('/')
    return (
      want.length === got.length &&
      want.every(
        (part, i) => part === got[i] || (part.startsWith('{') && part.endsWith('}') && got[i] !== ''),
      )
    )
  })
}

/**
 * The counters a request is charged to, with its weight and the limit of each: every bucket whose party is in
 * `scopes` (only IP-scoped ones for a request without a key) and that gives the endpoint a positive weight (the
 * endpoint's own weight, else the bucket's default).
 *
 * @example
 * budgetCharges(binanceRateLimits, { ip: 'egress-1' }, { method: 'GET', path: '/api/v3/account' })
 * // [{ counter: 'request-weight|ip:egress-1|', weight: 20, limit: 6000, bucket }]
 */
export function budgetCharges(
  limits: RateLimits,
  scopes: BudgetScopes,
  request: BudgetRequest,
): BudgetCharge[] {
  const endpoint = rateEndpointOf(limits, request.method, request.path)
  const weights = endpointWeights(endpoint, request.params)
  const charges: BudgetCharge[] = []
  for (const bucket of limits.buckets) {
    const party = scopes[bucket.scope]
    if (party === undefined) continue
    // A request that carries no key counts only where the exchange counts by IP.
    if (request.security === 'none' && bucket.scope !== 'ip') continue
    const weight = weights?.[bucket.id] ?? bucket.defaultWeight ?? 1
    if (weight <= 0) continue
    const name = bucket.perEndpoint ? `${request.method} ${endpoint?.path ?? request.path}` : ''
    charges.push({
      bucket,
      counter: `${bucket.id}|${bucket.scope}:${party}|${name}`,
      weight,
      limit: endpoint?.limits?.[bucket.id] ?? bucket.limit,
    })
  }
  return charges
}
