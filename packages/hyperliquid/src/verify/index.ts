/**
 * @signet/hyperliquid/verify: a verifier that checks requests the way Hyperliquid's server does, for emulators and tests.
 * @module
 */
export {
  createHyperliquidVerifier,
  type HyperliquidVerifierKey,
  type HyperliquidVerifierOptions,
} from '../createHyperliquidVerifier'
export { hyperliquidVerification } from './hyperliquidVerification'
