/**
 * @signet/binance/diagnose: the text Binance signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { binanceSignatureVariants } from '../signatureVariants'
export { binanceStringToSign } from '../stringToSign'
export { binanceDiagnosis } from './binanceDiagnosis'
