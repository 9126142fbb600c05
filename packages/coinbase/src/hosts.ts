import type { ProductDefinition } from '@signet/core'

/**
 * Coinbase Advanced Trade hosts as data (spec coinbase.md §5): one REST API for spot and futures, the market-data
 * and user-order WebSocket feeds, and the public time endpoint. The sandbox answers static data without
 * authentication and has no time endpoint, so its clock is read from the live host.
 *
 * @example
 * `${coinbaseHosts.advanced.rest.live}/api/v3/brokerage/time` // 'https://api.coinbase.com/api/v3/brokerage/time'
 */
export const coinbaseHosts = {
  advanced: {
    rest: { live: 'https://api.coinbase.com', sandbox: 'https://api-sandbox.coinbase.com' },
    ws: { live: 'wss://advanced-trade-ws.coinbase.com', user: 'wss://advanced-trade-ws-user.coinbase.com' },
    serverTime: { method: 'GET', path: '/api/v3/brokerage/time', security: 'none' },
    serverTimeRest: { live: 'https://api.coinbase.com', sandbox: 'https://api.coinbase.com' },
  },
} as const satisfies Record<string, ProductDefinition>
