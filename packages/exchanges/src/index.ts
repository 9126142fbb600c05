/**
 * Every exchange Signet supports, in one list: the `signet` command, `signet demo` and the client's integration
 * tests read it, so an exchange joins them all with one entry here (`pnpm new-exchange` writes it).
 * @module
 */
import { binance } from '@signet/binance'
import { bybit } from '@signet/bybit'
import { coinbase } from '@signet/coinbase'
import type { ExchangeDefinition } from '@signet/core'
import { gateio } from '@signet/gateio'
import { hyperliquid } from '@signet/hyperliquid'
import { kraken } from '@signet/kraken'
import { kucoin } from '@signet/kucoin'
import { okx } from '@signet/okx'

/** Every registered exchange, in display order. */
export const exchanges: readonly ExchangeDefinition[] = [
  binance,
  bybit,
  okx,
  kucoin,
  gateio,
  coinbase,
  kraken,
  hyperliquid,
  // new-exchange: registered exchanges end here
]
