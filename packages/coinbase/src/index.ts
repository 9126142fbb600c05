/**
 * Coinbase for Signet: signer, verifier, hosts, error table and the ExchangeDefinition.
 * @module
 */
export { type CoinbaseCredentials, createCoinbaseSigner } from './createCoinbaseSigner'
export { createCoinbaseVerifier } from './createCoinbaseVerifier'
export { coinbase } from './definition'
export { type CoinbaseErrorEntry, classifyCoinbaseError, coinbaseErrors } from './errors'
export { coinbaseHosts } from './hosts'
export { coinbaseSignatureVariants } from './signatureVariants'
export { coinbaseStringToSign } from './stringToSign'
