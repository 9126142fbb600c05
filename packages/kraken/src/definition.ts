import { randomBytes } from 'node:crypto'
import { defineExchange } from '@signet/core'
import { createKrakenSigner } from './createKrakenSigner'
import { createKrakenVerifier } from './createKrakenVerifier'
import { classifyKrakenError } from './errors'
import { krakenHosts } from './hosts'
import { krakenRateLimits } from './rateLimits'
import { krakenSignatureVariants } from './signatureVariants'
import { krakenStringToSign } from './stringToSign'

/**
 * Kraken Spot REST as data plus factories: hosts, a strictly increasing nonce per key, error table, signer and
 * verifier.
 *
 * @example
 * const signer = kraken.createSigner({ apiKey, secret })
 */
export const kraken = defineExchange({
  id: 'kraken',
  name: 'Kraken',
  products: krakenHosts,
  defaultProduct: 'spot',
  // spec kraken.md §3: "always increasing, unsigned 64-bit integer" per key, not checked against Kraken's clock;
  // ms nonces, as Kraken's example and ccxt use, so a key can move between Signet and ccxt without going back.
  freshness: { kind: 'nonce', ordering: 'increasing', unitsPerMs: 1 },
  // spec kraken.md §3: private POST data is form-encoded (JSON is also accepted).
  bodyParams: 'form',
  // spec kraken.md "Rate limits": the key's decaying API counter and the trading counter.
  rateLimits: krakenRateLimits,
  parseServerTime: (body) => {
    // spec kraken.md §6: {"error":[],"result":{"unixtime":1688669448,"rfc1123":"…"}}, whole seconds.
    const seconds = (body as { result?: { unixtime?: unknown } } | null | undefined)?.result?.unixtime
    return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : Number.NaN
  },
  classifyError: classifyKrakenError,
  createSigner: (credentials) => createKrakenSigner(credentials),
  createVerifier: (options) => createKrakenVerifier(options),
  stringToSign: krakenStringToSign,
  signatureVariants: krakenSignatureVariants,
  // spec kraken.md §4: AddOrder and CancelOrder take the client order id `cl_ord_id`.
  examples: {
    account: { method: 'POST', path: '/0/private/Balance', security: 'signed' },
    placeOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/0/private/AddOrder',
      form: {
        ordertype: 'limit',
        type: 'buy',
        volume: '0.0001',
        pair: 'XBTUSD',
        price: '20000',
        cl_ord_id: clientOrderId,
      },
      security: 'signed',
    }),
    cancelOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/0/private/CancelOrder',
      form: { cl_ord_id: clientOrderId },
      security: 'signed',
    }),
    clientOrderIdParam: 'cl_ord_id',
  },
  // spec kraken.md §2: private keys are 64 random bytes shown as base64.
  testKey: () => {
    const apiKey = `kraken-test-${randomBytes(6).toString('hex')}`
    const secret = randomBytes(64).toString('base64')
    return { credentials: { apiKey, secret }, verifierKey: { apiKey, secret }, secrets: [secret] }
  },
})
