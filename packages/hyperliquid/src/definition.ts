import { randomBytes } from 'node:crypto'
import { defineExchange } from '@signet/core'
import { addressOf } from './_ecdsa'
import { cloidOf } from './cloidOf'
import { createHyperliquidSigner } from './createHyperliquidSigner'
import { createHyperliquidVerifier } from './createHyperliquidVerifier'
import { classifyHyperliquidError } from './errors'
import { hyperliquidHosts } from './hosts'
import { hyperliquidFreshness } from './hyperliquidFreshness'
import { parseHyperliquidServerTime } from './parseHyperliquidServerTime'
import { hyperliquidRateLimits } from './rateLimits'
import { hyperliquidSignatureVariants } from './signatureVariants'
import { hyperliquidStringToSign } from './stringToSign'

/**
 * Hyperliquid as data plus factories: mainnet and testnet hosts, ms nonces unique among recent ones within
 * (T − 2 days, T + 1 day), error table, wallet signer and verifier. Signed actions are `POST /exchange` with a
 * body `{ action, vaultAddress?, expiresAfter? }`; the signer adds `nonce` and `signature`.
 *
 * @example
 * const signer = hyperliquid.createSigner({ apiKey: '', privateKey: agentKey })
 */
export const hyperliquid = defineExchange({
  id: 'hyperliquid',
  name: 'Hyperliquid',
  products: hyperliquidHosts,
  defaultProduct: 'api',
  freshness: hyperliquidFreshness,
  bodyParams: 'json',
  parseServerTime: parseHyperliquidServerTime,
  classifyError: classifyHyperliquidError,
  createSigner: (credentials) => createHyperliquidSigner(credentials),
  createVerifier: (options) => createHyperliquidVerifier(options),
  stringToSign: hyperliquidStringToSign,
  signatureVariants: hyperliquidSignatureVariants,
  rateLimits: hyperliquidRateLimits,
  examples: {
    // Hyperliquid has no signed reads; `noop` is the one signed action that changes nothing but marks its nonce used,
    // so it proves the key and the clock (spec hyperliquid.md §1). Reads: POST /info naming the account.
    account: { method: 'POST', path: '/exchange', body: { action: { type: 'noop' } }, security: 'signed' },
    // BTC perpetual (asset 0): a resting Gtc buy far below the market, with the client order id as a cloid.
    placeOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/exchange',
      body: {
        action: {
          type: 'order',
          orders: [
            {
              a: 0,
              b: true,
              p: '20000',
              s: '0.001',
              r: false,
              t: { limit: { tif: 'Gtc' } },
              c: cloidOf(clientOrderId),
            },
          ],
          grouping: 'na',
        },
      },
      security: 'signed',
    }),
    cancelOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/exchange',
      body: { action: { type: 'cancelByCloid', cancels: [{ asset: 0, cloid: cloidOf(clientOrderId) }] } },
      security: 'signed',
    }),
    clientOrderIdParam: 'clientOrderId',
  },
  testKey() {
    // A fresh random wallet, never a real one; the verifier knows it by its address.
    const key = randomBytes(32)
    const privateKey = `0x${key.toString('hex')}`
    const address = addressOf(key)
    return {
      credentials: { apiKey: address, privateKey },
      verifierKey: { apiKey: address },
      secrets: [privateKey, privateKey.slice(2)],
    }
  },
})
