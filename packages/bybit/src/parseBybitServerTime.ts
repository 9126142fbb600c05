import { checkServerTime, type ExchangeResponse, SignetError } from '@signet/core'
import { answerObject, parseJsonObject } from '@signet/core/kit'

/**
 * Reads the server time, epoch ms, from a `GET /v5/market/time` body (spec bybit.md §5): `result.timeNano`
 * (string, ns; kept to µs) when present, else the envelope's top-level `time` (ms), else `result.timeSecond`.
 *
 * @example
 * parseBybitServerTime(await response.json()) // 1688639403423.213
 */
export function parseBybitServerTime(body: unknown): number {
  const parsed = typeof body === 'string' ? parseJsonObject(body) : body
  const envelope = (parsed ?? {}) as { time?: unknown; result?: { timeNano?: unknown; timeSecond?: unknown } }
  const nano = envelope.result?.timeNano
  // Each field is checked for plausible epoch ms (core), so a broken answer (0, a unit mix-up) is a typed error.
  if (typeof nano === 'string' && /^\d{1,25}$/.test(nano))
    return checkServerTime(Number(BigInt(nano) / 1000n) / 1000, 'bybit')
  if (typeof envelope.time === 'number' && Number.isFinite(envelope.time))
    return checkServerTime(envelope.time, 'bybit')
  const second = envelope.result?.timeSecond
  if (typeof second === 'string' && /^\d{1,16}$/.test(second))
    return checkServerTime(Number(second) * 1000, 'bybit')
  throw new SignetError('Bybit server-time answer has no time, result.timeNano or result.timeSecond.', {
    exchange: 'bybit',
    hint: 'Check that the request went to GET /v5/market/time on a Bybit host.',
  })
}

/**
 * Reads the top-level `time` (server epoch ms) every V5 answer carries, for passive clock samples (spec §6).
 *
 * @example
 * const serverTime = bybitServerTimeFromResponse({ status: 200, headers: {}, body })
 */
export function bybitServerTimeFromResponse(response: ExchangeResponse): number | undefined {
  const parsed: { time?: unknown } | undefined = answerObject(response)
  const time = parsed?.time
  return typeof time === 'number' && Number.isFinite(time) && time > 0 ? time : undefined
}
