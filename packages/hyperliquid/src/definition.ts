import { defineExchange } from '@signet/core'
import { createHyperliquidSigner } from './createHyperliquidSigner'
import { classifyHyperliquidError } from './errors'
import { hyperliquidHosts } from './hosts'
import { hyperliquidFreshness } from './hyperliquidFreshness'
import { parseHyperliquidServerTime } from './parseHyperliquidServerTime'
import { hyperliquidRateLimits } from './rateLimits'

/**
 * Hyperliquid as data plus factories: mainnet and testnet hosts, ms nonces unique among recent ones within
 * (T − 2 days, T + 1 day), error table and wallet signer (verifier on `/verify`). Signed actions are `POST /exchange` with a
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
  clientOrderIdParam: 'clientOrderId',
  // spec hyperliquid.md §1: the signer adds nonce and signature to the action's body.
  signingParams: ['nonce', 'signature'],
  rateLimits: hyperliquidRateLimits,
})
