/**
 * The range of epoch milliseconds Signet treats as a real time, signing or server: 13 digits, 2001-09-09 to
 * 2286-11-20. Zero, seconds (10 digits) and microseconds (16 digits) fall outside, so a unit mistake or a broken
 * time answer fails by name instead of stamping a request 1970 or 50 000 years ahead.
 */
export const PLAUSIBLE_EPOCH_MS = Object.freeze({ min: 1e12, max: 1e13 })

/** True for a finite epoch-ms value inside `PLAUSIBLE_EPOCH_MS`. */
export function isPlausibleEpochMs(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= PLAUSIBLE_EPOCH_MS.min &&
    value < PLAUSIBLE_EPOCH_MS.max
  )
}

/** Describes an implausible epoch-ms value for a message, naming the likely unit mistake. @internal */
export function describeEpochMs(value: unknown): string {
  if (typeof value === 'string') return `a string (${JSON.stringify(value.slice(0, 24))})`
  if (typeof value !== 'number') return value === null ? 'null' : typeof value
  if (value >= 1e9 && value < 1e11) return `${value} (looks like seconds)`
  if (value >= 1e14 && value < 1e17) return `${value} (looks like microseconds)`
  if (value >= 1e17) return `${value} (looks like nanoseconds)`
  return String(value)
}
