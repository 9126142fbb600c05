import { defineExchange } from '@signet/core'
import { coinbaseFreshness } from './coinbaseFreshness'
import { coinbaseTestKey } from './coinbaseTestKey'
import { createCoinbaseSigner } from './createCoinbaseSigner'
import { createCoinbaseVerifier } from './createCoinbaseVerifier'
import { classifyCoinbaseError } from './errors'
import { coinbaseHosts } from './hosts'
import { parseCoinbaseServerTime } from './parseCoinbaseServerTime'
import { coinbaseRateLimits } from './rateLimits'
import { coinbaseSignatureVariants } from './signatureVariants'
import { coinbaseStringToSign } from './stringToSign'

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
  createVerifier: (options) => createCoinbaseVerifier(options),
  stringToSign: coinbaseStringToSign,
  signatureVariants: coinbaseSignatureVariants,
  // spec coinbase.md §5, §8: list accounts (a query the uri claim must leave out), create an order carrying
  // client_order_id, and batch_cancel. Advanced Trade cancels by order id only; the example passes the id it is
  // given, which the emulator answers with.
  examples: {
    account: { method: 'GET', path: '/api/v3/brokerage/accounts', params: { limit: 49 }, security: 'signed' },
    placeOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/api/v3/brokerage/orders',
      body: {
        client_order_id: clientOrderId,
        product_id: 'BTC-USD',
        side: 'BUY',
        order_configuration: {
          limit_limit_gtc: { base_size: '0.001', limit_price: '20000', post_only: false },
        },
      },
      security: 'signed',
    }),
    cancelOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/api/v3/brokerage/orders/batch_cancel',
      body: { order_ids: [clientOrderId] },
      security: 'signed',
    }),
    clientOrderIdParam: 'client_order_id',
  },
  testKey: () => coinbaseTestKey(),
})
