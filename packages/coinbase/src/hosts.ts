import type { ProductDefinition } from '@signet/core'

// TODO(new-exchange): the exchange's REST (and WebSocket) hosts per product and environment, each with its doc
// source. `live` is required; add `testnet`/`demo` where the exchange has them (nice to have). The server-time
// request is the public endpoint that returns the exchange's clock.

/** Coinbase hosts and server-time requests per product, as data. */
export const coinbaseHosts = {
  spot: {
    rest: { live: 'https://api.coinbase.invalid' },
    serverTime: { method: 'GET', path: '/TODO/server-time', security: 'none' },
  },
} as const satisfies Record<string, ProductDefinition>
