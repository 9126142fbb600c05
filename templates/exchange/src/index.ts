/**
 * __Name__ for Signet: signer, verifier, hosts, error table and the ExchangeDefinition.
 * @module
 */
export { type __Name__Credentials, create__Name__Signer } from './create__Name__Signer'
export { create__Name__Verifier } from './create__Name__Verifier'
export { __name__ } from './definition'
export { type __Name__ErrorEntry, __name__Errors, classify__Name__Error } from './errors'
export { __name__Hosts } from './hosts'
export { __name__SignatureVariants } from './signatureVariants'
export { __name__StringToSign } from './stringToSign'
