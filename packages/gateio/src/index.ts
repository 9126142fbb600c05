/**
 * Gate.io APIv4 for Signet: signer (HMAC-SHA512 over a newline canonical string), WebSocket auth, hosts,
 * error labels and the ExchangeDefinition.
 * @module
 */
export {
  type CreateGateioSignerParameters,
  createGateioSigner,
  type GateioSigner,
  type GateioSignOptions,
  type GateioWebSocketAuth,
  type GateioWebSocketAuthOptions,
  type GateioWebSocketChannelAuth,
  type GateioWebSocketChannelAuthOptions,
} from './createGateioSigner'
export { createGateioWsAuth, type GateioWsAuth, type GateioWsChannelAuth } from './createGateioWsAuth'
export { gateio } from './definition'
export { describeGateioIntent } from './describeIntent'
export { classifyGateioError, type GateioErrorEntry, gateioErrors } from './errors'
export { gateioHosts } from './hosts'
export { gateioRateLimits } from './rateLimits'
