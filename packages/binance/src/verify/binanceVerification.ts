import type { ExchangeVerification } from '@signet/core'
import { createBinanceVerifier } from '../createBinanceVerifier'

/** Binance's server-side check as a capability: the verifier factory, for the emulator, the CLI and tests. */
export const binanceVerification: ExchangeVerification = {
  createVerifier: (options) => createBinanceVerifier(options),
}
