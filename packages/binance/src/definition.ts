import { defineExchange } from '@signet/core'
import { createBinanceSigner } from './createBinanceSigner'
import { binanceDiagnosis } from './diagnose/binanceDiagnosis'
import { binanceExamples } from './emulate/binanceExamples'
import { classifyBinanceError } from './errors'
import { binanceHosts } from './hosts'
import { binanceServerTimeFromResponse, parseBinanceServerTime } from './parseServerTime'
import { binanceRateLimits } from './rateLimits'
import { binanceVerification } from './verify/binanceVerification'

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
  createVerifier: binanceVerification.createVerifier,
  stringToSign: binanceDiagnosis.stringToSign,
  signatureVariants: binanceDiagnosis.signatureVariants,
  rateLimits: binanceRateLimits,
  examples: binanceExamples,
})
