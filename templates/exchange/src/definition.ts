import { defineExchange } from '@signet/core'
import { create__Name__Signer } from './create__Name__Signer'
import { create__Name__Verifier } from './create__Name__Verifier'
import { classify__Name__Error } from './errors'
import { __name__Hosts } from './hosts'
import { __name__SignatureVariants } from './signatureVariants'
import { __name__StringToSign } from './stringToSign'

/**
 * Everything Signet knows about __Name__: hosts, window, errors, signer, verifier and examples. `defineExchange`
 * checks it (a missing field does not compile) and keeps its literal types, so clients type-check product and
 * environment names and the signer.
 */
export const __name__ = defineExchange({
  id: '__name__',
  name: '__Name__', // TODO(new-exchange): the display name, e.g. "Gate.io"
  products: __name__Hosts,
  defaultProduct: 'spot',
  // TODO(new-exchange): how requests stay fresh, as data, cited: a timestamp window (accepted when now - behindMs
  // <= timestamp < now + aheadMs), a nonce per key (kind 'nonce') or a short-lived token (kind 'token').
  freshness: {
    kind: 'timestamp',
    tolerance: () => {
      throw new Error(
        'TODO(new-exchange): implement freshness.tolerance() in src/definition.ts (the window, from the docs)',
      )
    },
    defaultWindowMs: undefined, // TODO(new-exchange): the default client-chosen window, or undefined when fixed
    resolutionMs: 1, // TODO(new-exchange): 1000 when the exchange takes timestamps in seconds
  },
  bodyParams: 'json', // TODO(new-exchange): where params of non-GET requests go: 'query' | 'form' | 'json'
  parseServerTime: () => {
    throw new Error('TODO(new-exchange): implement parseServerTime() in src/definition.ts')
  },
  classifyError: classify__Name__Error,
  createSigner: create__Name__Signer,
  createVerifier: create__Name__Verifier,
  stringToSign: __name__StringToSign,
  signatureVariants: __name__SignatureVariants,
  // TODO(new-exchange): a real read-only request, an order placement carrying the client order id, and its
  // cancellation; the emulator and `signet demo` send these.
  examples: {
    account: { method: 'GET', path: '/TODO/account', security: 'signed' },
    placeOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/TODO/order',
      body: { clientOrderId, symbol: 'BTCUSDT', side: 'BUY', quantity: '0.001', price: '20000' },
      security: 'signed',
    }),
    cancelOrder: (clientOrderId) => ({
      method: 'DELETE',
      path: '/TODO/order',
      params: { clientOrderId },
      security: 'signed',
    }),
    clientOrderIdParam: 'clientOrderId',
  },
  // Keys that are not an HMAC secret (EC, Ed25519, a wallet key): add `testKey()`, which makes one for the
  // registry's tests, the client's integration tests and `signet demo` (packages/coinbase has one).
})
