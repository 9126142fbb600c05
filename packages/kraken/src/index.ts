/**
 * Kraken Spot REST for Signet: signer, hosts, error table, WebSocket token and the ExchangeDefinition.
 * @module
 */
export {
  type CreateKrakenSignerParameters,
  createKrakenSigner,
  type KrakenSigner,
  type KrakenSignOptions,
} from './createKrakenSigner'
export { kraken } from './definition'
export { describeKrakenIntent } from './describeIntent'
export { classifyKrakenError, type KrakenErrorEntry, krakenErrors } from './errors'
export { krakenHosts } from './hosts'
export { krakenRateLimits } from './rateLimits'
export { type KrakenWebSocketsToken, krakenWebSocketsToken } from './webSocketsToken'
