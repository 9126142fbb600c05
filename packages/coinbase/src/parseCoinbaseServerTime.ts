import { ExchangeError } from '@signet/core'

const request = 'GET /api/v3/brokerage/time'

/**
 * Reads epoch ms from the `GET /api/v3/brokerage/time` answer, `{"iso":"…","epochSeconds":"…","epochMillis":"…"}`
 * (spec coinbase.md §5: the epochs are decimal strings); takes the parsed JSON or its text.
 *
 * @example
 * parseCoinbaseServerTime('{"iso":"2023-11-14T22:13:20Z","epochSeconds":"1700000000","epochMillis":"1700000000000"}') // 1700000000000
 */
export function parseCoinbaseServerTime(body: unknown): number {
  let json = body
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body)
    } catch {
      throw unreadable('the body is not JSON')
    }
  }
  const time = json as { epochMillis?: unknown; epochSeconds?: unknown } | null
  if (typeof time !== 'object' || time === null) throw unreadable('the body is not a JSON object')
  const millis = digits(time.epochMillis)
  if (millis !== undefined) return millis
  // Older answers and some proxies carry only seconds: a coarser sample is still a sample.
  const seconds = digits(time.epochSeconds)
  if (seconds !== undefined) return seconds * 1000
  throw unreadable('it has neither epochMillis nor epochSeconds as decimal digits')
}

function digits(value: unknown): number | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value
  return typeof text === 'string' && /^\d{1,16}$/.test(text) ? Number(text) : undefined
}

function unreadable(problem: string): ExchangeError {
  return new ExchangeError(`Could not read Coinbase server time: ${problem}.`, {
    exchange: 'coinbase',
    request,
    hint: 'Expected {"iso":…,"epochSeconds":"…","epochMillis":"…"} from GET /api/v3/brokerage/time.',
  })
}
