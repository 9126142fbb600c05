/**
 * @signet/bybit: Bybit V5 request signing (HMAC and RSA), hosts, error table, WebSocket auth and the definition;
 * the verifier is on `/verify`.
 * @module
 */
export {
  type BybitWsTradeHeader,
  type BybitWsTradeHeaderOptions,
  bybitWsTradeHeader,
} from './bybitWsTradeHeader'
export {
  type BybitSigner,
  type BybitSignOptions,
  type CreateBybitSignerParameters,
  createBybitSigner,
} from './createBybitSigner'
export { bybit } from './definition'
export { describeBybitIntent } from './describeIntent'
export { type BybitErrorEntry, bybitErrors, classifyBybitError } from './errors'
export { type BybitHosts, type BybitPublicCategory, bybitHosts } from './hosts'
export { bybitServerTimeFromResponse, parseBybitServerTime } from './parseBybitServerTime'
export { bybitRateLimits } from './rateLimits'
export {
  BYBIT_WEBSOCKET_AUTH_WINDOW_MS,
  type BybitWebSocketAuth,
  type BybitWebSocketAuthOptions,
  bybitWsAuthText,
} from './wsAuth'
