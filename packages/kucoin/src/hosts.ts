import type { ProductDefinition } from '@signet/core'

// spec kucoin.md: spot https://api.kucoin.com, futures https://api-futures.kucoin.com; the server time
// is GET /api/v1/timestamp on both. KuCoin closed its sandbox, so `live` is the only environment. WebSocket
// hosts are the ones KuCoin hands out with a bullet token (POST /api/v1/bullet-private).

/** KuCoin hosts and server-time requests per product, as data. */
export const kucoinHosts = {
  spot: {
    rest: { live: 'https://api.kucoin.com' },
    ws: { live: 'wss://ws-api-spot.kucoin.com' },
    serverTime: { method: 'GET', path: '/api/v1/timestamp', security: 'none' },
  },
  futures: {
    rest: { live: 'https://api-futures.kucoin.com' },
    ws: { live: 'wss://ws-api-futures.kucoin.com' },
    serverTime: { method: 'GET', path: '/api/v1/timestamp', security: 'none' },
  },
} as const satisfies Record<string, ProductDefinition>
