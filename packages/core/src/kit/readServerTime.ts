import { checkServerTime, ExchangeError } from '@signet/core'
import { parseJsonObject } from '../exchange/parseJsonObject'

/** Options of `readServerTime`: where the exchange's answer keeps its time. */
export type ReadServerTimeOptions = {
  /** Exchange id, for messages. */
  exchange: string
  /** The answer the server-time request should give, for the message, e.g. `{"server_time":<epoch ms>} from GET /api/v4/spot/time`. */
  expected: string
  /**
   * Picks the time out of the answer's JSON object: epoch ms as a number or a string of decimal digits (a number
   * already converted from another unit is fine); undefined when it is not there. May throw the exchange's own
   * error for an error envelope.
   */
  pick(json: Record<string, unknown>): unknown
}

/**
 * Reads epoch ms from a server-time answer given as text or as parsed JSON: the picked value must be a number or
 * decimal digits and a plausible epoch-ms time (`checkServerTime`); anything else is an `ExchangeError` naming
 * the exchange and the expected answer.
 *
 * @example
 * readServerTime(body, { exchange: 'gateio', expected: '{"server_time":<epoch ms>}', pick: (json) => json.server_time })
 */
export function readServerTime(body: unknown, options: ReadServerTimeOptions): number {
  const { exchange, expected } = options
  const unreadable = (problem: string) =>
    new ExchangeError(`Could not read the ${exchange} server time: ${problem}; expected ${expected}.`, {
      exchange,
      hint: 'Check that the request went to the server-time endpoint of the exchange (a proxy, a captive portal or another product host may be answering).',
    })
  const json =
    typeof body === 'string'
      ? parseJsonObject(body)
      : body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : undefined
  if (json === undefined) throw unreadable('the answer is not a JSON object')
  const value = options.pick(json)
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,16}$/.test(value)
        ? Number(value)
        : undefined
  if (ms === undefined) throw unreadable('the time is not where the answer keeps it')
  return checkServerTime(ms, exchange)
}
