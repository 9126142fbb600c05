import { binanceEmulation } from '@signet/binance/emulate'
import { bybitEmulation } from '@signet/bybit/emulate'
import { coinbaseEmulation } from '@signet/coinbase/emulate'
import type { Emulation } from '@signet/core'
import { gateioEmulation } from '@signet/gateio/emulate'
import { hyperliquidEmulation } from '@signet/hyperliquid/emulate'
import { krakenEmulation } from '@signet/kraken/emulate'
import { kucoinEmulation } from '@signet/kucoin/emulate'
import { okxEmulation } from '@signet/okx/emulate'

/**
 * The emulation (`@signet/<exchange>/emulate`) of every registered exchange, in the registry's order: what
 * `signet emulate` and `signet demo` serve, and what the emulator's and client's tests drive.
 */
export const emulations: readonly Emulation[] = [
  binanceEmulation,
  bybitEmulation,
  okxEmulation,
  kucoinEmulation,
  gateioEmulation,
  coinbaseEmulation,
  krakenEmulation,
  hyperliquidEmulation,
  // new-exchange: registered emulations end here
]
