import { ExchangeError } from '@signet/core'

/**
 * Reads the L1 time (epoch ms) from an `exchangeStatus` answer `{ specialStatuses, time }` (spec hyperliquid.md §8).
 *
 * @example
 * parseHyperliquidServerTime({ specialStatuses: null, time: 1700000000000 }) // 1700000000000
 */
export function parseHyperliquidServerTime(body: unknown): number {
  const time = (body as { time?: unknown } | null)?.time
  if (typeof time !== 'number' || !Number.isSafeInteger(time) || time <= 0)
    throw new ExchangeError('Hyperliquid exchangeStatus answer has no "time" in epoch ms', {
      exchange: 'hyperliquid',
      hint: 'Send POST /info {"type":"exchangeStatus"} to the API host.',
    })
  return time
}
