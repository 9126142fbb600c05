/**
 * @signet/__name__/diagnose: the text __Name__ signs and the known wrong ways to sign, for `signet explain`.
 * @module
 */

export { __name__SignatureVariants } from '../signatureVariants'
export { __name__StringToSign } from '../stringToSign'
export { __name__Diagnosis } from './__name__Diagnosis'
