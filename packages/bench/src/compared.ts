/** The packages whose import cost, footprint and version every run reports, in table order: Signet's, then peers'. */
export const COMPARED_PACKAGES = [
  '@signet/core',
  '@signet/binance',
  '@signet/bybit',
  '@signet/okx',
  '@signet/client',
  'ccxt',
  '@binance/connector',
  'binance',
  'bybit-api',
  'okx-api',
] as const
