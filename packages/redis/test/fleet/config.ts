import type { Credentials } from '@signet/core'

/** What the fleet test tells each worker process. @internal */
export type FleetConfig = {
  workerId: number
  fleetSize: number
  skewMs: number
  redisPort: number
  baseUrls: Record<string, string>
  keys: Record<string, Credentials>
  /** Scale of each exchange's limits, as its emulator enforces them. */
  scales: Record<'binance' | 'bybit' | 'kraken', { limit: number; window: number }>
  earlyMs: number
  lateMs: number
}
