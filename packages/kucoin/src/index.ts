/**
 * KuCoin for Signet: signer (signed passphrase, key versions 2 and 3), hosts, error table and the
 * ExchangeDefinition.
 * @module
 */
export {
  type CreateKucoinSignerParameters,
  createKucoinSigner,
  type KucoinSigner,
  type KucoinSignOptions,
} from './createKucoinSigner'
export { kucoin } from './definition'
export { describeKucoinIntent } from './describeIntent'
export { classifyKucoinError, type KucoinErrorEntry, kucoinErrors } from './errors'
export { kucoinHosts } from './hosts'
export { kucoinRateLimits } from './rateLimits'
