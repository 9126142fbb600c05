import { readServerTime } from '@signet/core/kit'

/**
 * Reads epoch ms from the `GET /api/v1/timestamp` answer, `{"code":"200000","msg":"success","data":1546837113087}`
 * (spec kucoin.md §5); takes the parsed JSON or its text.
 *
 * @example
 * parseKucoinServerTime('{"code":"200000","msg":"success","data":1546837113087}') // 1546837113087
 */
export function parseKucoinServerTime(body: unknown): number {
  return readServerTime(body, {
    exchange: 'kucoin',
    expected: '{"code":"200000","msg":"success","data":<epoch ms>} from GET /api/v1/timestamp',
    pick: (json) => json.data,
  })
}
