import type { ProductDefinition } from '@signet/core'

/** Kraken hosts and server-time requests per product, as data. */
export const krakenHosts = {
  // spec kraken.md §1: Spot REST lives on api.kraken.com under /0/public and /0/private; WebSocket v2 public
  // data on ws.kraken.com, private channels (with a GetWebSocketsToken token) on ws-auth.kraken.com.
  spot: {
    rest: { live: 'https://api.kraken.com' },
    ws: { live: 'wss://ws.kraken.com/v2', auth: 'wss://ws-auth.kraken.com/v2' },
    // spec kraken.md §6: GET /0/public/Time → {"error":[],"result":{"unixtime":…,"rfc1123":…}} (seconds).
    serverTime: { method: 'GET', path: '/0/public/Time', security: 'none' },
    serverTimeResolutionMs: 1000,
  },
} as const satisfies Record<string, ProductDefinition>
