import type { ProductDefinition, RequestIntent } from '@signet/core'

// spec hyperliquid.md §8: no time endpoint as such; `exchangeStatus` answers `{ specialStatuses, time }` unsigned.
const serverTime: RequestIntent = {
  method: 'POST',
  path: '/info',
  body: { type: 'exchangeStatus' },
  security: 'none',
}

/**
 * Hyperliquid hosts as data: one API for perps and spot, on mainnet (`live`) and testnet (spec hyperliquid.md §1,
 * https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api).
 */
export const hyperliquidHosts = {
  api: {
    rest: { live: 'https://api.hyperliquid.xyz', testnet: 'https://api.hyperliquid-testnet.xyz' },
    ws: { live: 'wss://api.hyperliquid.xyz/ws', testnet: 'wss://api.hyperliquid-testnet.xyz/ws' },
    serverTime,
    // spec hyperliquid.md §2–3: a key signs for one chain (phantom agent source "a" or "b", hyperliquidChain), and the
    // other chain's hosts recover another address from it.
    keyEnvironments: { live: 'mainnet', testnet: 'testnet' },
  },
} as const satisfies Record<string, ProductDefinition>
