import { defineExchange, type RequestIntent } from '@signet/core'
import { createOkxSigner } from './createOkxSigner'
import { classifyOkxError } from './errors'
import { okxHosts } from './hosts'
import { okxTolerance } from './okxTolerance'
import { parseOkxServerTime } from './parseOkxServerTime'
import { okxRateLimits } from './rateLimits'

// spec okx.md §5: one time endpoint for every instrument type and region, no auth.
const serverTime: RequestIntent = { method: 'GET', path: '/api/v5/public/time', security: 'none' }

/**
 * OKX (API v5) as data plus factories: hosts per region and environment, 30 s window, error table and
 * signer (the verifier is on `@signet/okx/verify`).
 *
 * @example
 * const signer = okx.createSigner({ apiKey, secret, passphrase })
 */
export const okx = defineExchange({
  id: 'okx',
  name: 'OKX',
  products: {
    // One v5 API serves spot, margin, swaps, futures and options (spec okx.md §5); hosts differ by region.
    v5: {
      rest: {
        live: okxHosts.global.rest.live,
        demo: okxHosts.global.rest.demo,
        openapi: okxHosts.global.rest.alternatives[0],
        eea: okxHosts.eea.rest.live,
        'eea-demo': okxHosts.eea.rest.demo,
        us: okxHosts.us.rest.live,
        'us-demo': okxHosts.us.rest.demo,
      },
      ws: {
        live: okxHosts.global.ws.live,
        demo: okxHosts.global.ws.demo,
        eea: okxHosts.eea.ws.live,
        'eea-demo': okxHosts.eea.ws.demo,
        us: okxHosts.us.ws.live,
        'us-demo': okxHosts.us.ws.demo,
      },
      serverTime,
      // spec okx.md §3 [DEMO]: every demo-trading request carries x-simulated-trading: 1, outside the prehash.
      headers: {
        demo: { 'x-simulated-trading': '1' },
        'eea-demo': { 'x-simulated-trading': '1' },
        'us-demo': { 'x-simulated-trading': '1' },
      },
      // spec okx.md §3 and §6: demo keys work only in demo trading and live keys only outside it (50101).
      // `openapi` serves both, told apart by the header a demo key's signer adds, so it accepts either.
      keyEnvironments: {
        live: 'live',
        demo: 'demo',
        eea: 'live',
        'eea-demo': 'demo',
        us: 'live',
        'us-demo': 'demo',
      },
    },
  },
  defaultProduct: 'v5',
  freshness: {
    kind: 'timestamp',
    tolerance: okxTolerance,
    // Fixed 30 s window; a client-chosen window becomes the expTime deadline (spec okx.md §4).
    defaultWindowMs: undefined,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  parseServerTime: parseOkxServerTime,
  classifyError: classifyOkxError,
  createSigner: (credentials) => createOkxSigner(credentials),
  clientOrderIdParam: 'clOrdId',
  rateLimits: okxRateLimits,
})
