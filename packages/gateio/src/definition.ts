import { defineExchange } from '@signet/core'
import { createGateioSigner } from './createGateioSigner'
import { classifyGateioError } from './errors'
import { gateioHosts } from './hosts'
import { parseGateioServerTime } from './parseGateioServerTime'
import { gateioRateLimits } from './rateLimits'

/** Everything Signet knows about Gate.io APIv4: hosts, the 60 s window, labels and signer (verifier on `@signet/gateio/verify`). */
export const gateio = defineExchange({
  id: 'gateio',
  name: 'Gate.io',
  products: gateioHosts,
  defaultProduct: 'spot',
  // spec gateio.md: |Timestamp − server| ≤ 60 s in whole seconds. Timestamps are seconds
  // (freshness.resolutionMs 1000): at a whole server second T, seconds T−60 … T+60 pass, so a ms timestamp ts is
  // accepted for T − 60000 ≤ ts < T + 61000 — the bounds the verifier and the conformance kit's edges agree on.
  freshness: {
    kind: 'timestamp',
    tolerance: () => ({ aheadMs: 61_000, behindMs: 60_000 }),
    defaultWindowMs: undefined,
    resolutionMs: 1000,
  },
  bodyParams: 'json',
  rateLimits: gateioRateLimits,
  parseServerTime: parseGateioServerTime,
  classifyError: classifyGateioError,
  createSigner: createGateioSigner,
  clientOrderIdParam: 'text',
})
