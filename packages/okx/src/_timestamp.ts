import { InvalidParameterError } from '@signet/core'

// Epoch ms bounds that catch a seconds value (1.7e9) or a microseconds value (1.7e15) passed as milliseconds,
// and keep `toISOString()` on its four-digit-year form (spec okx.md §3: `2020-12-08T09:08:57.715Z`).
const MIN_MS = 1e12 // 2001-09-09
const MAX_MS = 1e13 // 2286-11-20

/** Checks an epoch-ms option and returns it; names the field and the likely unit mistake. @internal */
export function checkEpochMs(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidParameterError(field, 'epoch milliseconds (a finite number)', describeValue(value))
  }
  if (!Number.isInteger(value)) {
    throw new InvalidParameterError(field, 'an integer number of epoch milliseconds', String(value))
  }
  if (value >= 1e9 && value < MIN_MS) {
    throw new InvalidParameterError(field, 'epoch milliseconds', `${value} (looks like epoch seconds)`)
  }
  if (value >= 1e15) {
    throw new InvalidParameterError(field, 'epoch milliseconds', `${value} (looks like epoch microseconds)`)
  }
  if (value < MIN_MS || value >= MAX_MS) {
    throw new InvalidParameterError(field, 'epoch milliseconds between 2001 and 2286', String(value))
  }
  return value
}

/** The `OK-ACCESS-TIMESTAMP` text: ISO-8601 UTC with milliseconds and `Z` (spec okx.md §3, §4). @internal */
export function isoTimestamp(ms: number): string {
  return new Date(ms).toISOString()
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** Reads an `OK-ACCESS-TIMESTAMP` value back to epoch ms, or undefined when it is not the exact ISO ms UTC form. @internal */
export function parseIsoTimestamp(text: string): number | undefined {
  if (!ISO_MS.test(text)) return undefined
  const ms = Date.parse(text)
  // Date.parse rolls 2020-02-30 over to March; a round trip rejects such dates.
  return Number.isFinite(ms) && new Date(ms).toISOString() === text ? ms : undefined
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'number') return String(value)
  return typeof value
}
