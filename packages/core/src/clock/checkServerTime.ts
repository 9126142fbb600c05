import { ExchangeError } from '../errors/exchange'
import { describeEpochMs, isPlausibleEpochMs } from './plausibleEpochMs'

/**
 * Checks a server time read from an exchange's answer: plausible epoch ms (`PLAUSIBLE_EPOCH_MS`), else an
 * `ExchangeError` naming the value, so a broken answer (0, seconds, µs) never becomes the clock.
 *
 * @example
 * return checkServerTime(body.serverTime, 'binance')
 */
export function checkServerTime(value: unknown, exchange: string): number {
  if (isPlausibleEpochMs(value)) return value
  throw new ExchangeError(
    `The ${exchange} server-time answer is not a plausible epoch-ms time: ${describeEpochMs(value)}.`,
    {
      exchange,
      hint: 'Check that the base URL points at the exchange (a proxy, captive portal or wrong product host may be answering).',
    },
  )
}
