import { checkSignOptions, type Params } from '@signet/core'
import { keyOf } from './_keys'
import { type BinanceTimeUnit, signingNow } from './_timing'
import { type BinanceWebSocketParams, signWsParams } from './_wsPayload'
import type { BinanceSigner } from './createBinanceSigner'

export type { BinanceWebSocketParams } from './_wsPayload'

/** Options of `signWebSocketParams`. */
export type SignWebSocketParamsOptions = {
  /** Request timestamp, epoch ms. @default Date.now() */
  timestamp?: number | undefined
  /** `recvWindow` in ms (≤ 60000, up to 3 decimals); omitted when not given (Binance applies 5000). */
  recvWindow?: number | undefined
  /** Generic alias of `recvWindow`, in ms. */
  windowMs?: number | undefined
  /** Unit of the `timestamp` written into params. @default 'ms' */
  timeUnit?: BinanceTimeUnit | undefined
  /** Clock used when `timestamp` is not given, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Signs the `params` of a Binance WebSocket API request with a signer's key: `apiKey`, `timestamp` (and
 * `recvWindow`) are added, all params are sorted by name and joined as raw UTF-8 without percent-encoding
 * (spec binance.md §7), and `signature` is added last.
 *
 * @example
 * const params = signWebSocketParams(signer, { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '52000.00' }, { timestamp: clock.now() })
 * ws.send(JSON.stringify({ id: 'order-1', method: 'order.place', params }))
 */
export function signWebSocketParams(
  signer: BinanceSigner,
  params: Params,
  given?: SignWebSocketParamsOptions,
): BinanceWebSocketParams {
  const options = checkSignOptions(given)
  // Core's clock/signer contract: `now` is a function; the per-call timestamp wins.
  return signWsParams(keyOf(signer), signer.apiKey, params, options, signingNow(options.now))
}
