/**
 * Kraken for Signet: signer, verifier, hosts, error table and the ExchangeDefinition.
 * @module
 */
export { createKrakenSigner, type KrakenCredentials } from './createKrakenSigner'
export { createKrakenVerifier } from './createKrakenVerifier'
export { kraken } from './definition'
export { classifyKrakenError, type KrakenErrorEntry, krakenErrors } from './errors'
export { krakenHosts } from './hosts'
export { krakenSignatureVariants } from './signatureVariants'
export { krakenStringToSign } from './stringToSign'
