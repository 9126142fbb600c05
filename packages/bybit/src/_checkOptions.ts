import { InvalidParameterError } from '@signet/core'

/** Bybit's default `X-BAPI-RECV-WINDOW`, in ms (spec bybit.md §3, §4). @internal */
export const DEFAULT_RECV_WINDOW = 5000

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
