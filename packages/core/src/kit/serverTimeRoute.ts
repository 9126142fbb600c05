import type { EmulationRoute, WireResponse } from '@signet/core'

/**
 * The emulated route of an exchange's public server-time endpoint (`GET path`): it reads nothing and answers the
 * emulator's clock, epoch ms, in the exchange's own shape.
 *
 * @example
 * serverTimeRoute('/api/v4/spot/time', (ms) => json(200, { server_time: Math.floor(ms) }))
 * @param book the ledger the route belongs to, where an exchange keeps several (Binance USDⓈ-M: `usdm`)
 */
export function serverTimeRoute(
  path: string,
  answer: (serverTime: number) => WireResponse,
  book?: string,
): EmulationRoute {
  return {
    action: 'time',
    method: 'GET',
    path,
    ...(book === undefined ? {} : { book }),
    read: () => ({}),
    answer,
  }
}
