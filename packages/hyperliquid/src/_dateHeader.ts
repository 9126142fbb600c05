import type { ExchangeResponse } from '@signet/core'

/** The `Date` header of any answer, as epoch ms (second resolution): a passive sample of the server's clock. @internal */
export function dateHeader(response: ExchangeResponse): number | undefined {
  for (const [name, value] of Object.entries(response.headers)) {
    if (name.toLowerCase() !== 'date') continue
    const ms = Date.parse(value)
    return Number.isFinite(ms) ? ms : undefined
  }
  return undefined
}
