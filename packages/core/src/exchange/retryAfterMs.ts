/**
 * Reads a `Retry-After` header (seconds, or an HTTP date) as milliseconds to wait; undefined when absent or
 * unreadable. Header names are matched in any case.
 *
 * @example
 * retryAfterMs({ 'Retry-After': '7' }) // 7000
 */
export function retryAfterMs(
  headers: Readonly<Record<string, string>> | undefined,
  now: () => number = Date.now,
): number | undefined {
  if (!headers) return undefined
  for (const [name, raw] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'retry-after') continue
    const value = raw.trim()
    if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
    const date = Date.parse(value)
    return Number.isFinite(date) ? Math.max(0, date - now()) : undefined
  }
  return undefined
}
