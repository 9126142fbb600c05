import { ExchangeError } from '@signet/core'
import { readServerTime } from '@signet/core/kit'

/**
 * Reads epoch ms from the `GET /api/v5/public/time` answer, `{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}`
 * (spec okx.md §5: `ts` is a string of ms); takes the parsed JSON or its text.
 *
 * @example
 * parseOkxServerTime('{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}') // 1597026383085
 */
export function parseOkxServerTime(body: unknown): number {
  return readServerTime(body, {
    exchange: 'okx',
    expected: '{"code":"0","msg":"","data":[{"ts":"<epoch ms>"}]} from GET /api/v5/public/time',
    pick: (envelope) => {
      if (envelope.code !== undefined && String(envelope.code) !== '0') {
        const message = typeof envelope.msg === 'string' ? envelope.msg : ''
        throw new ExchangeError(`OKX answered the server-time request with an error: ${message}`, {
          exchange: 'okx',
          code: String(envelope.code),
          exchangeMessage: message,
          request: 'GET /api/v5/public/time',
        })
      }
      // A number is accepted too: typed clients sometimes re-encode the string.
      return Array.isArray(envelope.data) ? (envelope.data[0] as { ts?: unknown } | undefined)?.ts : undefined
    },
  })
}
