import { readServerTime } from '@signet/core/kit'

/**
 * Reads epoch ms from the `GET /api/v4/spot/time` answer, `{"server_time":1731447921098}` (spec gateio.md §5);
 * takes the parsed JSON or its text.
 *
 * @example
 * parseGateioServerTime('{"server_time":1731447921098}') // 1731447921098
 */
export function parseGateioServerTime(body: unknown): number {
  return readServerTime(body, {
    exchange: 'gateio',
    expected: '{"server_time":<epoch ms>} from GET /api/v4/spot/time',
    pick: (json) => json.server_time,
  })
}
