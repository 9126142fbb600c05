/**
 * @signet/coinbase/diagnose: the text Coinbase Advanced Trade signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { type CoinbaseSignatureVariant, coinbaseSignatureVariants } from '../signatureVariants'
export { coinbaseStringToSign } from '../stringToSign'
export { coinbaseDiagnosis } from './coinbaseDiagnosis'
