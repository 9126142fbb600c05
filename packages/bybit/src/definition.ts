import { defineExchange, type RequestIntent } from '@signet/core'
import { DEFAULT_RECV_WINDOW } from './_checkOptions'
import { createBybitSigner } from './createBybitSigner'
import { classifyBybitError } from './errors'
import { type BybitPublicCategory, bybitHosts } from './hosts'
import { bybitServerTimeFromResponse, parseBybitServerTime } from './parseBybitServerTime'
import { bybitRateLimits } from './rateLimits'

// spec bybit.md §5: one unauthenticated endpoint serves every V5 category.
const serverTime: RequestIntent = { method: 'GET', path: '/v5/market/time', security: 'none' }

const publicProduct = (category: BybitPublicCategory) => ({
  rest: bybitHosts.rest,
  ws: Object.fromEntries(
    Object.entries(bybitHosts.wsPublic).map(([env, url]) => [env, `${url}/${category}`]),
  ),
  serverTime,
})

/** Bybit V5 as data: hosts, window, server time, error classifier and signer (verifier on `@signet/bybit/verify`). */
export const bybit = defineExchange({
  id: 'bybit',
  name: 'Bybit',
  products: {
    // `v5`: the unified REST API with the private stream; the category products carry their public streams.
    v5: { rest: bybitHosts.rest, ws: bybitHosts.wsPrivate, serverTime },
    spot: publicProduct('spot'),
    linear: publicProduct('linear'),
    inverse: publicProduct('inverse'),
    option: publicProduct('option'),
    spread: publicProduct('spread'),
  },
  defaultProduct: 'v5',
  // spec §4 / [GUIDE]: server_time - recv_window <= timestamp < server_time + 1000.
  freshness: {
    kind: 'timestamp',
    tolerance: (windowMs = DEFAULT_RECV_WINDOW) => ({ aheadMs: 1000, behindMs: windowMs }),
    defaultWindowMs: DEFAULT_RECV_WINDOW,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  parseServerTime: parseBybitServerTime,
  classifyError: classifyBybitError,
  serverTimeFromResponse: bybitServerTimeFromResponse,
  createSigner: (credentials) => createBybitSigner(credentials),
  clientOrderIdParam: 'orderLinkId',
  rateLimits: bybitRateLimits,
})
