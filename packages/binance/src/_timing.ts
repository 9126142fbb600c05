import { checkTimestamp, InvalidParameterError, signingTime } from '@signet/core'
import { describeType, formatScalar } from '@signet/core/kit'

/** Unit of the `timestamp` written on the wire. */
export type BinanceTimeUnit = 'ms' | 'us'

/** The timing options the REST and WebSocket payload builders read. @internal */
export type TimingOptions = {
  timestamp?: number | undefined
  windowMs?: number | undefined
  timeUnit?: BinanceTimeUnit | undefined
}

// spec binance.md §4: recvWindow in ms, max 60000, up to three decimals (since 2025-08-28).
const RECV_WINDOW_TEXT = /^\d{1,5}(\.\d{1,3})?$/
/** Binance's upper bound for recvWindow, in ms (spec binance.md §4). */
export const RECV_WINDOW_MAX_MS = 60_000
const recvWindowTexts = new Map<number, string>()

/** Validates a recvWindow (option number or param text) and returns its wire text. @internal */
export function recvWindowText(value: unknown, field = 'recvWindow'): string {
  const expected = `a number of ms greater than 0 and at most ${RECV_WINDOW_MAX_MS}, with at most 3 decimals`
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new InvalidParameterError(field, expected, describeType(value))
  }
  const text = typeof value === 'number' ? formatScalar(field, value) : value
  const n = Number(text)
  if (!RECV_WINDOW_TEXT.test(text) || !(n > 0) || n > RECV_WINDOW_MAX_MS) {
    throw new InvalidParameterError(field, expected, text.length > 32 ? `${text.slice(0, 32)}…` : text)
  }
  return text
}

/**
 * Writes an epoch-ms timestamp in the wire unit under core's clock/signer contract (`checkTimestamp`): 13-digit
 * ms, fractional values floored to the unit (a server clock's `now()` is fractional), so a timestamp is never
 * rounded ahead of the server. @internal
 */
export function timestampText(ms: unknown, unit: BinanceTimeUnit = 'ms', field = 'timestamp'): string {
  // spec binance.md §4 and §10: a timestamp in seconds (or µs passed as ms) is a classic -1021.
  if (unit === 'ms') return String(checkTimestamp(ms, field))
  checkTimestamp(ms, field)
  return String(Math.floor((ms as number) * 1000))
}

/**
 * A `now` option checked under core's clock/signer contract (a function returning epoch ms; default Date.now),
 * returned unfloored so a `timeUnit: 'us'` timestamp keeps its sub-millisecond part. @internal
 */
export function signingNow(now: (() => number) | undefined): () => number {
  signingTime(now)
  return now ?? (() => Date.now())
}

/** Validates the `timeUnit` option. @internal */
export function checkTimeUnit(unit: unknown): BinanceTimeUnit {
  if (unit === undefined || unit === 'ms') return 'ms'
  if (unit === 'us') return 'us'
  throw new InvalidParameterError('timeUnit', '"ms" or "us"', String(unit))
}

/**
 * The recvWindow wire text from the one place a window comes from, `windowMs` (core's meaning: how long after its
 * timestamp Binance may accept the request, spec binance.md §4); undefined when not given (Binance applies 5000).
 * The old `recvWindow` option is refused by name. @internal
 */
export function recvWindowOption(options: TimingOptions): string | undefined {
  if ((options as { recvWindow?: unknown }).recvWindow !== undefined) {
    throw new InvalidParameterError(
      'recvWindow',
      'the windowMs option (recvWindow is its wire name)',
      'a recvWindow option',
      {
        exchange: 'binance',
        hint: 'Nothing was sent: pass { windowMs } instead of { recvWindow }; the signer writes it as recvWindow.',
      },
    )
  }
  const value = options.windowMs
  if (value === undefined) return undefined
  // Bots send the same window every time: keep the validated text (bounded, numbers only).
  let text = typeof value === 'number' ? recvWindowTexts.get(value) : undefined
  if (text === undefined) {
    text = recvWindowText(value, 'windowMs')
    if (recvWindowTexts.size < 256) recvWindowTexts.set(value, text)
  }
  return text
}

/** The timestamp wire text from the one place a timestamp comes from: `options.timestamp`, else the signer's clock. @internal */
export function resolveTimestamp(options: TimingOptions, now: () => number, unit: BinanceTimeUnit): string {
  return timestampText(options.timestamp !== undefined ? options.timestamp : now(), unit)
}

/**
 * Refuses `timestamp`/`recvWindow`/`signature` among a signed request's params: the signer writes them from the
 * options and its key, so a second source could only disagree (spec binance.md §2, §4). @internal
 */
export function refuseSigningParam(name: string): never {
  const option = name === 'timestamp' ? 'timestamp' : name === 'recvWindow' ? 'windowMs' : undefined
  throw new InvalidParameterError(
    name,
    option
      ? `no ${name} param (the signer writes it from the ${option} sign option)`
      : `no ${name} param (the signer appends it last)`,
    `a ${name} param`,
    {
      exchange: 'binance',
      hint: option
        ? `Nothing was sent: remove ${name} from the params and pass { ${option} } to sign (the client does this itself).`
        : `Nothing was sent: remove ${name} from the params.`,
    },
  )
}
