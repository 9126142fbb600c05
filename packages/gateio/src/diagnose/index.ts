/**
 * @signet/gateio/diagnose: the text Gate.io signs and the known wrong ways to sign, for `signet explain` and the inspector.
 * @module
 */

export { gateioSignatureVariants } from '../signatureVariants'
export { gateioStringToSign } from '../stringToSign'
export { gateioDiagnosis } from './gateioDiagnosis'
