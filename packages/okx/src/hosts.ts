/** One OKX region: the website where its accounts are registered, and its API hosts per environment. */
export type OkxRegionHosts = {
  /** Website domain of accounts of this region (`signet doctor` matches it to pick the API host). */
  website: string
  /** REST base URLs; demo trading uses the same host with `x-simulated-trading: 1`. */
  rest: { live: string; demo: string; alternatives: readonly string[] }
  /** WebSocket base URLs; append `/public`, `/private` or `/business`. */
  ws: { live: string; demo: string }
}

/**
 * OKX API hosts per region (spec okx.md §8): an account must use the hosts of the region it registered in.
 *
 * @example
 * `${okxHosts.eea.rest.live}/api/v5/public/time` // 'https://eea.okx.com/api/v5/public/time'
 */
export const okxHosts = {
  global: {
    website: 'www.okx.com',
    // 2026-07 docs list openapi.okx.com next to www.okx.com (spec okx.md §8 [PROD], [DEMO]).
    rest: {
      live: 'https://www.okx.com',
      demo: 'https://www.okx.com',
      alternatives: ['https://openapi.okx.com'],
    },
    ws: { live: 'wss://ws.okx.com:8443/ws/v5', demo: 'wss://wspap.okx.com:8443/ws/v5' },
  },
  eea: {
    website: 'my.okx.com',
    rest: { live: 'https://eea.okx.com', demo: 'https://eea.okx.com', alternatives: [] },
    ws: { live: 'wss://wseea.okx.com:8443/ws/v5', demo: 'wss://wseeapap.okx.com:8443/ws/v5' },
  },
  us: {
    website: 'app.okx.com',
    rest: { live: 'https://us.okx.com', demo: 'https://us.okx.com', alternatives: [] },
    ws: { live: 'wss://wsus.okx.com:8443/ws/v5', demo: 'wss://wsuspap.okx.com:8443/ws/v5' },
  },
} as const satisfies Record<string, OkxRegionHosts>

/** OKX regions: global (www.okx.com), EEA (my.okx.com accounts) and US (app.okx.com accounts). */
export type OkxRegion = keyof typeof okxHosts
