import { defineExchange } from '@signet/core'
import { create__Name__Signer } from './create__Name__Signer'
import { classify__Name__Error } from './errors'
import { __name__Hosts } from './hosts'

/**
 * What a bot needs to know about __Name__: hosts, window, errors and signer. `defineExchange` checks it (a missing
 * field does not compile) and keeps its literal types, so clients type-check product and environment names and the
 * signer. The verifier, the signature diagnosis and the examples are capabilities on the `./verify`, `./diagnose`
 * and `./emulate` subpaths, which a bot never loads.
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
  clientOrderIdParam: 'clientOrderId', // TODO(new-exchange): the parameter that carries the client order id
  // Parameters the signer adds to the query or form itself (Binance: timestamp, recvWindow, signature), which the
  // CLI removes from a pasted request; leave it out when the signature travels in headers.
  // signingParams: ['timestamp', 'signature'],
})
