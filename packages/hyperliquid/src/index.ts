/**
 * Hyperliquid for Signet: signer, verifier, hosts, error table and the ExchangeDefinition.
 * @module
 */
export { createHyperliquidSigner, type HyperliquidCredentials } from './createHyperliquidSigner'
export { createHyperliquidVerifier } from './createHyperliquidVerifier'
export { hyperliquid } from './definition'
export { classifyHyperliquidError, type HyperliquidErrorEntry, hyperliquidErrors } from './errors'
export { hyperliquidHosts } from './hosts'
export { hyperliquidSignatureVariants } from './signatureVariants'
export { hyperliquidStringToSign } from './stringToSign'
