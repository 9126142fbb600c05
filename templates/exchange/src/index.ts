/**
 * __Name__ for Signet: signer, hosts, error table and the ExchangeDefinition (verifier and diagnosis on subpaths).
 * @module
 */
export {
  type __Name__Signer,
  type __Name__SignOptions,
  type Create__Name__SignerParameters,
  create__Name__Signer,
} from './create__Name__Signer'
export { __name__ } from './definition'
export { type __Name__ErrorEntry, __name__Errors, classify__Name__Error } from './errors'
export { __name__Hosts } from './hosts'
