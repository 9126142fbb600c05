/**
 * @signet/kucoin/diagnose: the text KuCoin signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { kucoinSignatureVariants } from '../signatureVariants'
export { kucoinStringToSign } from '../stringToSign'
export { kucoinDiagnosis } from './kucoinDiagnosis'
