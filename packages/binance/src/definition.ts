import { defineExchange } from '@signet/core'
import { createBinanceSigner } from './createBinanceSigner'
import { createBinanceVerifier } from './createBinanceVerifier'
import { classifyBinanceError } from './errors'
import { binanceHosts } from './hosts'
import { binanceServerTimeFromResponse, parseBinanceServerTime } from './parseServerTime'
import { binanceRateLimits } from './rateLimits'
import { binanceSignatureVariants } from './signatureVariants'
import { binanceStringToSign } from './stringToSign'

/**
 * Everything Signet knows about Binance: hosts per product, the timestamp window, error classification,
 * signer, verifier and the known wrong ways to sign.
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
  createVerifier: createBinanceVerifier,
  stringToSign: binanceStringToSign,
  signatureVariants: binanceSignatureVariants,
  rateLimits: binanceRateLimits,
  examples: {
    account: {
      method: 'GET',
      path: '/api/v3/account',
      params: { omitZeroBalances: true },
      security: 'signed',
    },
    placeOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/api/v3/order',
      form: {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.00100000',
        price: '30000.00',
        newClientOrderId: clientOrderId,
      },
      security: 'signed',
    }),
    cancelOrder: (clientOrderId) => ({
      method: 'DELETE',
      path: '/api/v3/order',
      params: { symbol: 'BTCUSDT', origClientOrderId: clientOrderId },
      security: 'signed',
    }),
    clientOrderIdParam: 'newClientOrderId',
  },
})
