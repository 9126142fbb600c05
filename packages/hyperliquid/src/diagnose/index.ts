/**
 * @signet/hyperliquid/diagnose: the text Hyperliquid signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { hyperliquidSignatureVariants } from '../signatureVariants'
export { hyperliquidStringToSign } from '../stringToSign'
export { hyperliquidDiagnosis } from './hyperliquidDiagnosis'
