import { ExchangeError } from '@signet/core'

/**
 * Reads epoch ms from the `GET /api/v5/public/time` answer, `{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}`
 * (spec okx.md §5: `ts` is a string of ms); takes the parsed JSON or its text.
 *
 * @example
 * parseOkxServerTime('{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}') // 1597026383085
 */
export function parseOkxServerTime(body: unknown): number {
  let json = body
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body)
    } catch {
      throw unreadable('the body is not JSON')
    }
  }
  const envelope = json as { code?: unknown; msg?: unknown; data?: unknown } | null
  if (typeof envelope !== 'object' || envelope === null) throw unreadable('the body is not a JSON object')
  if (envelope.code !== undefined && String(envelope.code) !== '0') {
    const message = typeof envelope.msg === 'string' ? envelope.msg : ''
    throw new ExchangeError(`OKX answered the server-time request with an error: ${message}`, {
      exchange: 'okx',
      code: String(envelope.code),
      exchangeMessage: message,
      request: 'GET /api/v5/public/time',
    })
  }
  const first = Array.isArray(envelope.data) ? (envelope.data[0] as { ts?: unknown } | undefined) : undefined
  const ts = first?.ts
  // A number is accepted too: typed clients sometimes re-encode the string.
  const text = typeof ts === 'number' ? String(ts) : ts
  if (typeof text !== 'string' || !/^\d{13}$/.test(text))
    throw unreadable('data[0].ts is not a 13-digit ms string')
  return Number(text)
}

function unreadable(problem: string): ExchangeError {
  return new ExchangeError(`Could not read OKX server time: ${problem}.`, {
    exchange: 'okx',
    request: 'GET /api/v5/public/time',
    hint: 'Expected {"code":"0","msg":"","data":[{"ts":"<epoch ms>"}]} from GET /api/v5/public/time.',
  })
}
