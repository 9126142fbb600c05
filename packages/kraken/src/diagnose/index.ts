/**
 * @signet/kraken/diagnose: the text Kraken signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { krakenSignatureVariants } from '../signatureVariants'
export { krakenStringToSign } from '../stringToSign'
export { krakenDiagnosis } from './krakenDiagnosis'
