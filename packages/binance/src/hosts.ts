import type { ProductDefinition } from '@signet/core'

/** Binance product ids: spot (`/api`), SAPI (`/sapi`, wallet/margin/sub-account), USDⓈ-M, COIN-M, options, portfolio margin. */
export type BinanceProduct = 'spot' | 'sapi' | 'usdm' | 'coinm' | 'options' | 'portfolioMargin'

const time = (path: string) => ({ method: 'GET', path, security: 'none' }) as const

/**
 * REST and WebSocket API hosts per product and environment, with each product's server-time request
 * (spec binance.md §5 and §8). Testnet and demo keys differ from live keys.
 *
 * @example
 * binanceHosts.usdm.rest.demo // 'https://demo-fapi.binance.com'
 */
export const binanceHosts = {
  spot: {
    rest: {
      live: 'https://api.binance.com',
      // spec §8: alternative spot hosts; api1-api4 are faster but less stable
      gcp: 'https://api-gcp.binance.com',
      api1: 'https://api1.binance.com',
      api2: 'https://api2.binance.com',
      api3: 'https://api3.binance.com',
      api4: 'https://api4.binance.com',
      // public market data only (no signed endpoints)
      marketData: 'https://data-api.binance.vision',
      testnet: 'https://testnet.binance.vision',
      demo: 'https://demo-api.binance.com',
    },
    ws: {
      live: 'wss://ws-api.binance.com:443/ws-api/v3',
      testnet: 'wss://ws-api.testnet.binance.vision/ws-api/v3',
      demo: 'wss://demo-ws-api.binance.com/ws-api/v3',
    },
    serverTime: time('/api/v3/time'),
  },
  // spec §8: SAPI lives on the spot host and is not served by the spot testnet.
  sapi: { rest: { live: 'https://api.binance.com' }, serverTime: time('/api/v3/time') },
  usdm: {
    rest: {
      live: 'https://fapi.binance.com',
      testnet: 'https://testnet.binancefuture.com',
      demo: 'https://demo-fapi.binance.com',
    },
    ws: {
      live: 'wss://ws-fapi.binance.com/ws-fapi/v1',
      testnet: 'wss://testnet.binancefuture.com/ws-fapi/v1',
    },
    serverTime: time('/fapi/v1/time'),
  },
  coinm: {
    rest: { live: 'https://dapi.binance.com', testnet: 'https://testnet.binancefuture.com' },
    ws: {
      live: 'wss://ws-dapi.binance.com/ws-dapi/v1',
      testnet: 'wss://testnet.binancefuture.com/ws-dapi/v1',
    },
    serverTime: time('/dapi/v1/time'),
  },
  options: {
    rest: { live: 'https://eapi.binance.com', testnet: 'https://testnet.binancefuture.com' },
    serverTime: time('/eapi/v1/time'),
  },
  // spec §5: PAPI has only /papi/v1/ping (no time); the USDⓈ-M time request is used, sent to the usdm host.
  portfolioMargin: {
    rest: { live: 'https://papi.binance.com' },
    serverTime: time('/fapi/v1/time'),
    serverTimeRest: { live: 'https://fapi.binance.com' },
  },
} as const satisfies Readonly<Record<BinanceProduct, ProductDefinition>>

/** Market-stream (not WebSocket API) hosts per environment (spec binance.md §8). */
export const binanceStreamHosts = {
  spot: {
    live: 'wss://stream.binance.com:9443',
    testnet: 'wss://stream.testnet.binance.vision',
    demo: 'wss://demo-stream.binance.com:9443',
  },
  usdm: { live: 'wss://fstream.binance.com' },
  coinm: { live: 'wss://dstream.binance.com', testnet: 'wss://dstream.binancefuture.com' },
} as const
