/**
 * @signet/okx/diagnose: the text OKX signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { okxStringToSign } from '../okxStringToSign'
export { okxSignatureVariants } from '../signatureVariants'
export { okxDiagnosis } from './okxDiagnosis'
