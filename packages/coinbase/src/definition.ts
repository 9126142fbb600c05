import { defineExchange } from '@signet/core'
import { coinbaseFreshness } from './coinbaseFreshness'
import { createCoinbaseSigner } from './createCoinbaseSigner'
import { coinbaseDiagnosis } from './diagnose/coinbaseDiagnosis'
import { coinbaseExamples } from './emulate/coinbaseExamples'
import { classifyCoinbaseError } from './errors'
import { coinbaseHosts } from './hosts'
import { parseCoinbaseServerTime } from './parseCoinbaseServerTime'
import { coinbaseRateLimits } from './rateLimits'
import { coinbaseVerification } from './verify/coinbaseVerification'

/**
 * Coinbase Advanced Trade as data plus factories: hosts, a 2-minute JWT per request (freshness `token`), the
 * error table, signer and verifier.
 *
 * @example
 * const signer = coinbase.createSigner({ apiKey: 'organizations/…/apiKeys/…', privateKey: pem })
 */
export const coinbase = defineExchange({
  id: 'coinbase',
  name: 'Coinbase',
  products: coinbaseHosts,
  defaultProduct: 'advanced',
  freshness: coinbaseFreshness,
  bodyParams: 'json',
  rateLimits: coinbaseRateLimits,
  parseServerTime: parseCoinbaseServerTime,
  classifyError: classifyCoinbaseError,
  createSigner: (credentials) => createCoinbaseSigner(credentials),
  createVerifier: coinbaseVerification.createVerifier,
  testKey: coinbaseVerification.testKey,
  stringToSign: coinbaseDiagnosis.stringToSign,
  signatureVariants: coinbaseDiagnosis.signatureVariants,
  examples: coinbaseExamples,
})
