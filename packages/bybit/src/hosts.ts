/** Public-stream categories Bybit V5 serves, each on its own WebSocket path. */
export type BybitPublicCategory = 'spot' | 'linear' | 'inverse' | 'option' | 'spread'

/** Bybit's REST and WebSocket base URLs, by environment or region name. */
export type BybitHosts = {
  /** REST base URLs; keys are separate per environment (spec bybit.md §6 10003, §8). */
  rest: Readonly<Record<string, string>> & { readonly live: string }
  /** Private-stream WebSocket URLs (account, order, position topics). */
  wsPrivate: Readonly<Record<string, string>> & { readonly live: string }
  /** WebSocket order-entry URLs (not available on demo). */
  wsTrade: Readonly<Record<string, string>> & { readonly live: string }
  /** Public-stream WebSocket base URLs; append `/<category>`. Demo uses mainnet public data. */
  wsPublic: Readonly<Record<string, string>> & { readonly live: string }
}

/**
 * Bybit V5 hosts as data (spec bybit.md §8): mainnet (`live`, `bytick`), `testnet`, `demo` (demo-trading keys
 * created on mainnet), and the regional mainnets (`nl`, `tr`, `kz`, `ge`, `ae`, `eu`, `id`, `jp`, `jp-testnet`).
 */
export const bybitHosts = {
  rest: {
    live: 'https://api.bybit.com',
    bytick: 'https://api.bytick.com',
    testnet: 'https://api-testnet.bybit.com',
    demo: 'https://api-demo.bybit.com',
    nl: 'https://api.bybit.nl',
    tr: 'https://api.bybit.tr',
    kz: 'https://api.bybit.kz',
    ge: 'https://api.bybitgeorgia.ge',
    ae: 'https://api.bybit.ae',
    // spec §8: EEA host is for brokers and third parties only.
    eu: 'https://api.bybit.eu',
    id: 'https://api.bybit.id',
    jp: 'https://api.manepa.jp',
    'jp-testnet': 'https://api-testnet.manepa.jp',
  },
  wsPrivate: {
    live: 'wss://stream.bybit.com/v5/private',
    testnet: 'wss://stream-testnet.bybit.com/v5/private',
    // spec §8 / [DEMO]: demo has a private stream only; public data comes from mainnet.
    demo: 'wss://stream-demo.bybit.com/v5/private',
    tr: 'wss://stream.bybit.tr/v5/private',
    kz: 'wss://stream.bybit.kz/v5/private',
    ge: 'wss://stream.bybitgeorgia.ge/v5/private',
    id: 'wss://stream.bybit.id/v5/private',
    jp: 'wss://stream.manepa.jp/v5/private',
  },
  wsTrade: {
    live: 'wss://stream.bybit.com/v5/trade',
    testnet: 'wss://stream-testnet.bybit.com/v5/trade',
  },
  wsPublic: {
    live: 'wss://stream.bybit.com/v5/public',
    testnet: 'wss://stream-testnet.bybit.com/v5/public',
    demo: 'wss://stream.bybit.com/v5/public',
    tr: 'wss://stream.bybit.tr/v5/public',
    kz: 'wss://stream.bybit.kz/v5/public',
    ge: 'wss://stream.bybitgeorgia.ge/v5/public',
    id: 'wss://stream.bybit.id/v5/public',
    jp: 'wss://stream.manepa.jp/v5/public',
  },
} as const satisfies BybitHosts
