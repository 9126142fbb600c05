import { defineExchange } from '@signet/core'
import { createKucoinSigner } from './createKucoinSigner'
import { classifyKucoinError } from './errors'
import { kucoinHosts } from './hosts'
import { parseKucoinServerTime } from './parseKucoinServerTime'
import { kucoinRateLimits } from './rateLimits'

/** Everything Signet knows about KuCoin: hosts, the 5 s window, errors and signer (verifier on `@signet/kucoin/verify`). */
export const kucoin = defineExchange({
  id: 'kucoin',
  name: 'KuCoin',
  products: kucoinHosts,
  defaultProduct: 'spot',
  // spec kucoin.md: rejected when it "differs from server time by more than 5 seconds", either way.
  freshness: {
    kind: 'timestamp',
    tolerance: () => ({ aheadMs: 5000, behindMs: 5000 }),
    defaultWindowMs: undefined,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  rateLimits: kucoinRateLimits,
  parseServerTime: parseKucoinServerTime,
  classifyError: classifyKucoinError,
  createSigner: createKucoinSigner,
  clientOrderIdParam: 'clientOid',
})
