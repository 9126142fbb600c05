import type { ProductDefinition } from '@signet/core'

// spec gateio.md: REST base https://api.gateio.ws/api/v4 (Signet paths carry the /api/v4 prefix, which
// is also signed). Server time: GET /api/v4/spot/time, one endpoint for every product. Testnet REST is
// https://api-testnet.gateapi.io (ccxt gate.ts `urls.test`); testnet keys are separate from live keys.
// WebSocket: spot wss://api.gateio.ws/ws/v4/, USDT futures wss://fx-ws.gateio.ws/v4/ws/usdt.

const serverTime = { method: 'GET', path: '/api/v4/spot/time', security: 'none' } as const

/** Gate.io APIv4 hosts and server-time requests per product, as data. */
export const gateioHosts = {
  spot: {
    rest: { live: 'https://api.gateio.ws', testnet: 'https://api-testnet.gateapi.io' },
    ws: { live: 'wss://api.gateio.ws/ws/v4/' },
    serverTime,
  },
  futures: {
    rest: { live: 'https://api.gateio.ws', testnet: 'https://api-testnet.gateapi.io' },
    ws: { live: 'wss://fx-ws.gateio.ws/v4/ws/usdt', testnet: 'wss://fx-ws-testnet.gateio.ws/v4/ws/usdt' },
    serverTime,
  },
} as const satisfies Record<string, ProductDefinition>
