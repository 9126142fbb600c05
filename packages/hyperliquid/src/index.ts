/**
 * Hyperliquid for Signet: wallet signer (EIP-712 over secp256k1, msgpack action hashes), verifier, hosts, error
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
export {
  createHyperliquidVerifier,
  type HyperliquidVerifierKey,
  type HyperliquidVerifierOptions,
} from './createHyperliquidVerifier'
export { hyperliquid } from './definition'
export { describeHyperliquidIntent } from './describeIntent'
export { classifyHyperliquidError, type HyperliquidErrorEntry, hyperliquidErrors } from './errors'
export { hyperliquidHosts } from './hosts'
export { hyperliquidRateLimits } from './rateLimits'
export { hyperliquidSignatureVariants } from './signatureVariants'
export { hyperliquidStringToSign } from './stringToSign'
export { toHyperliquidDecimal } from './toHyperliquidDecimal'
