import { binanceScript } from './binance'
import { binanceUsdmScript } from './binanceUsdm'
import { bybitScript } from './bybit'
import { coinbaseScript } from './coinbase'
import { gateioScript } from './gateio'
import { hyperliquidScript } from './hyperliquid'
import { krakenScript } from './kraken'
import { kucoinScript } from './kucoin'
import { okxScript } from './okx'
import type { BotScript } from './types'

/** Every exchange with an emulation, as a bot drives it. */
export const scripts: BotScript[] = [
  binanceScript,
  binanceUsdmScript,
  bybitScript,
  okxScript,
  kucoinScript,
  gateioScript,
  coinbaseScript,
  krakenScript,
  hyperliquidScript,
]
