/**
 * OKX API v5 request signing: passphrase, ISO timestamps, demo trading, expTime, WebSocket login, hosts, error
 * table and the definition; the verifier is on `/verify`.
 * @module
 */
export {
  type CreateOkxSignerParameters,
  createOkxSigner,
  type OkxKeyEnvironment,
  type OkxSigner,
  type OkxSignOptions,
  type OkxWebSocketAuth,
  type OkxWebSocketAuthOptions,
} from './createOkxSigner'
export { okx } from './definition'
export { describeOkxIntent } from './describeIntent'
export { classifyOkxError, type OkxErrorEntry, okxErrors } from './errors'
export { type OkxRegion, type OkxRegionHosts, okxHosts } from './hosts'
export { OKX_TIMESTAMP_WINDOW_MS, okxTolerance } from './okxTolerance'
export { parseOkxServerTime } from './parseOkxServerTime'
export { okxRateLimits } from './rateLimits'
