import { checkServerTime, ExchangeError, type ExchangeResponse } from '@signet/core'
import { answerJson, parseJson } from '@signet/core/kit'

// Epoch ms stay below 1e14 until the year 5138; 16-digit values are microseconds (spec binance.md §3, §4).
const toMs = (t: number) => (t >= 1e14 ? t / 1000 : t)

function timeField(value: unknown, field: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const t = (value as Record<string, unknown>)[field]
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? toMs(t) : undefined
}

/**
 * Reads Binance's server time in epoch ms from `{"serverTime":...}` (REST, every product) or the WebSocket API
 * `time` answer `{"result":{"serverTime":...}}` (spec binance.md §5); microsecond values are converted.
 *
 * @example
 * parseBinanceServerTime({ serverTime: 1499827319559 }) // 1499827319559
 */
export function parseBinanceServerTime(body: unknown): number {
  // A text answer is parsed; an object (the WebSocket API's parsed answer) is read as it is.
  const value = typeof body === 'string' ? parseJson(body) : body
  const t =
    timeField(value, 'serverTime') ??
    timeField((value as { result?: unknown } | undefined)?.result, 'serverTime')
  if (t === undefined) {
    throw new ExchangeError('Binance server-time answer has no numeric serverTime field', {
      exchange: 'binance',
      hint: 'Request GET /api/v3/time (spot), /fapi/v1/time, /dapi/v1/time or /eapi/v1/time on the matching host.',
    })
  }
  return checkServerTime(t, 'binance')
}

/**
 * Reads a server time an ordinary Binance answer carries (`serverTime`, or an order's `transactTime`), for
 * passive clock samples; undefined when there is none.
 *
 * @example
 * binanceServerTimeFromResponse({ status: 200, headers: {}, body: '{"transactTime":1507725176595}' }) // 1507725176595
 */
export function binanceServerTimeFromResponse(response: ExchangeResponse): number | undefined {
  if (response.status >= 400) return undefined
  const value = answerJson(response)
  return timeField(value, 'serverTime') ?? timeField(value, 'transactTime')
}
