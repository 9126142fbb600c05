/**
 * Hyperliquid for Signet: wallet signer (EIP-712 over secp256k1, msgpack action hashes), hosts, error
 * table and the ExchangeDefinition.
 * @module
 */

export { clientOrderIdOf, cloidOf } from './cloidOf'
export {
  type CreateHyperliquidSignerParameters,
  createHyperliquidSigner,
  type HyperliquidEnvironment,
  type HyperliquidKeyEnvironment,
  type HyperliquidSigner,
  type HyperliquidSignOptions,
} from './createHyperliquidSigner'
export { hyperliquid } from './definition'
export { describeHyperliquidIntent } from './describeIntent'
export { classifyHyperliquidError, type HyperliquidErrorEntry, hyperliquidErrors } from './errors'
export { hyperliquidHosts } from './hosts'
export { hyperliquidRateLimits } from './rateLimits'
export { toHyperliquidDecimal } from './toHyperliquidDecimal'
