import type { ExchangeDefinition } from '@signet/core'
import { createKrakenSigner } from './createKrakenSigner'
import { createKrakenVerifier } from './createKrakenVerifier'
import { classifyKrakenError } from './errors'
import { krakenHosts } from './hosts'
import { krakenSignatureVariants } from './signatureVariants'
import { krakenStringToSign } from './stringToSign'

/** Everything Signet knows about Kraken: hosts, window, errors, signer, verifier and examples. */
export const kraken: ExchangeDefinition = {
  id: 'kraken',
  name: 'Kraken', // TODO(new-exchange): the display name, e.g. "Gate.io"
  products: krakenHosts,
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
  classifyError: classifyKrakenError,
  createSigner: createKrakenSigner,
  createVerifier: createKrakenVerifier,
  stringToSign: krakenStringToSign,
  signatureVariants: krakenSignatureVariants,
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
}
