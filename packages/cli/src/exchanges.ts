import { binance } from '@signet/binance'
import { bybit } from '@signet/bybit'
import type { ExchangeDefinition } from '@signet/core'
import { gateio } from '@signet/gateio'
import { kucoin } from '@signet/kucoin'
import { okx } from '@signet/okx'

/**
 * Every exchange the `signet` command knows, in display order. Adding one is one entry here: every command is
 * generic over `ExchangeDefinition`.
 */
export const exchanges: readonly ExchangeDefinition[] = [binance, bybit, okx, kucoin, gateio]
