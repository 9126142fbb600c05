/**
 * @signet/bybit/diagnose: the text Bybit signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { bybitStringToSign } from '../bybitStringToSign'
export { bybitSignatureVariants } from '../signatureVariants'
export { bybitDiagnosis } from './bybitDiagnosis'
