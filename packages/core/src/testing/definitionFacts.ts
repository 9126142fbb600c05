import { type ExchangeDefinition, timestampWindow } from '@signet/core'

/**
 * The facts of an exchange definition a reviewer checks against the spec, as one plain object to snapshot: id, REST
 * hosts per product, the default product's server-time request, body placement, and the timestamp window
 * (tolerance, fixed window, resolution) where the exchange keeps requests fresh with one.
 *
 * @example
 * expect(definitionFacts(kucoin)).toMatchInlineSnapshot()
 */
export function definitionFacts(definition: ExchangeDefinition) {
  const window = timestampWindow(definition.freshness)
  return {
    id: definition.id,
    hosts: Object.fromEntries(Object.entries(definition.products).map(([k, p]) => [k, p.rest])),
    time: definition.products[definition.defaultProduct]?.serverTime,
    bodyParams: definition.bodyParams,
    freshness: definition.freshness.kind,
    tolerance: window?.tolerance,
    window: window?.windowMs,
    resolution: window?.resolutionMs,
  }
}
