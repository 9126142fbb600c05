import { UnsupportedError } from '../errors/unsupported'

/**
 * Refuses a caller-chosen `windowMs` on an exchange that cannot honour one (its window is fixed or it has none),
 * before anything is signed: a silently ignored window is a deadline the caller believes in and nobody enforces.
 *
 * @example
 * refuseWindowMs(options.windowMs, { exchange: 'kucoin', reason: 'KuCoin fixes the window at ±5 s (spec kucoin.md §4)' })
 */
export function refuseWindowMs(
  windowMs: unknown,
  refusal: { exchange: string; reason: string; hint?: string | undefined },
): void {
  if (windowMs === undefined) return
  throw new UnsupportedError('windowMs', refusal.reason, {
    exchange: refusal.exchange,
    hint:
      refusal.hint ??
      `Nothing was sent: remove windowMs (from the sign options, the request or createClient); ${refusal.exchange} applies its own window.`,
  })
}
