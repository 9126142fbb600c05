import { defineExchange } from '@signet/core'
import { createKrakenSigner } from './createKrakenSigner'
import { classifyKrakenError } from './errors'
import { krakenHosts } from './hosts'
import { krakenRateLimits } from './rateLimits'

/**
 * Kraken Spot REST as data plus factories: hosts, a strictly increasing nonce per key, error table and
 * signer (the verifier is on `@signet/kraken/verify`).
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
  clientOrderIdParam: 'cl_ord_id',
  // spec kraken.md §3: the signer adds the nonce to the form body it signs.
  signingParams: ['nonce'],
})
