import { readServerTime } from '@signet/core/kit'

/**
 * Reads epoch ms from the `GET /api/v3/brokerage/time` answer, `{"iso":"…","epochSeconds":"…","epochMillis":"…"}`
 * (spec coinbase.md §5: the epochs are decimal strings); takes the parsed JSON or its text.
 *
 * @example
 * parseCoinbaseServerTime('{"iso":"2023-11-14T22:13:20Z","epochSeconds":"1700000000","epochMillis":"1700000000000"}') // 1700000000000
 */
export function parseCoinbaseServerTime(body: unknown): number {
  return readServerTime(body, {
    exchange: 'coinbase',
    expected: '{"iso":…,"epochSeconds":"…","epochMillis":"…"} from GET /api/v3/brokerage/time',
    // Older answers and some proxies carry only seconds: a coarser sample is still a sample.
    pick: ({ epochMillis, epochSeconds }) =>
      epochMillis ??
      (typeof epochSeconds === 'string' && /^\d{1,13}$/.test(epochSeconds)
        ? Number(epochSeconds) * 1000
        : undefined),
  })
}
