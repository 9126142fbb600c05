import { defineExchange } from '@signet/core'
import { createBinanceSigner } from './createBinanceSigner'
import { classifyBinanceError } from './errors'
import { binanceHosts } from './hosts'
import { binanceServerTimeFromResponse, parseBinanceServerTime } from './parseServerTime'
import { binanceRateLimits } from './rateLimits'

/**
 * What a bot needs to know about Binance: hosts per product, the timestamp window, error classification and the
 * signer (the verifier and the known wrong ways to sign are on `@signet/binance/verify` and `/diagnose`).
 *
 * @example
 * const client = createClient({ exchange: binance, signer: binance.createSigner({ apiKey, secret }), product: 'spot' })
 */
export const binance = defineExchange({
  id: 'binance',
  name: 'Binance',
  products: binanceHosts,
  defaultProduct: 'spot',
  // spec binance.md §4: accepted when timestamp < serverTime + 1000 and serverTime - timestamp <= recvWindow.
  freshness: {
    kind: 'timestamp',
    tolerance: (windowMs) => ({ aheadMs: 1000, behindMs: windowMs ?? 5000 }),
    defaultWindowMs: 5000,
    resolutionMs: 1,
  },
  // spec binance.md §2: POST/PUT/DELETE params may go in an x-www-form-urlencoded body (as ccxt sends them).
  bodyParams: 'form',
  parseServerTime: parseBinanceServerTime,
  classifyError: classifyBinanceError,
  serverTimeFromResponse: binanceServerTimeFromResponse,
  createSigner: createBinanceSigner,
  clientOrderIdParam: 'newClientOrderId',
  // spec binance.md §2: the signer appends timestamp, recvWindow and signature to the signed params.
  signingParams: ['timestamp', 'recvWindow', 'signature'],
  rateLimits: binanceRateLimits,
})
