import { InvalidParameterError } from '@signet/core'

/** Bybit's default `X-BAPI-RECV-WINDOW`, in ms (spec bybit.md §3, §4). @internal */
export const DEFAULT_RECV_WINDOW = 5000

/** Checks a timestamp is integer epoch ms, not seconds (spec §4: Bybit wants ms). @internal */
export function checkTimestamp(value: unknown, field = 'timestamp'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidParameterError(field, 'an integer epoch ms timestamp', describeNumber(value))
  }
  // 1e12 ms is 2001-09-09: anything smaller is almost certainly seconds.
  if (value < 1e12) {
    throw new InvalidParameterError(field, 'epoch milliseconds (13 digits)', `${value} (looks like seconds)`)
  }
  return value
}

/** Checks a recv window is a positive integer number of ms; undefined gives the default. @internal */
export function checkRecvWindow(value: unknown, field = 'recvWindow'): number {
  if (value === undefined) return DEFAULT_RECV_WINDOW
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidParameterError(field, 'a positive integer number of ms', describeNumber(value))
  }
  return value
}

function describeNumber(value: unknown): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return `a string ("${value.slice(0, 20)}")`
  return value === null ? 'null' : typeof value
}
