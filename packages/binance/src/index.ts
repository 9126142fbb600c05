/**
 * @signet/binance: Binance request signing (HMAC, Ed25519, RSA), hosts, error table and the definition; the verifier is on `/verify`.
 * @module
 */
export {
  type BinanceSigner,
  type BinanceSignOptions,
  type BinanceTimeUnit,
  type BinanceWebSocketAuth,
  type BinanceWebSocketAuthOptions,
  type BinanceWebSocketParams,
  type CreateBinanceSignerParameters,
  createBinanceSigner,
} from './createBinanceSigner'
export { binance } from './definition'
export { describeBinanceIntent } from './describeIntent'
export { type BinanceErrorEntry, binanceErrors, classifyBinanceError } from './errors'
export { type BinanceProduct, binanceHosts, binanceStreamHosts } from './hosts'
export { binanceServerTimeFromResponse, parseBinanceServerTime } from './parseServerTime'
export { binanceRateLimits } from './rateLimits'
