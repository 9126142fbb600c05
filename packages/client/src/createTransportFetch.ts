import { InvalidParameterError } from '@signet/core'
import { agentFetch } from './_http'

/** Options of `createTransportFetch`. */
export type TransportFetchOptions = {
  /** Keep-alive connections per origin, at most (a positive integer, or Infinity). @default 64 */
  maxConnections?: number | undefined
}

/**
 * The client's own transport as a `fetch`, for a ky instance or other code that should send as the client does: an
 * undici `Agent` keeping at most `maxConnections` connections alive per origin, resolving once the whole answer is
 * read (gzip, deflate and br decoded as fetch decodes them), a redirect answered rather than followed.
 *
 * @example
 * const http = ky.create({ fetch: await createTransportFetch({ maxConnections: 16 }) })
 */
export function createTransportFetch(options: TransportFetchOptions = {}): Promise<typeof globalThis.fetch> {
  const max = options.maxConnections ?? 64
  if (!(Number.isSafeInteger(max) && max > 0) && max !== Number.POSITIVE_INFINITY) {
    throw new InvalidParameterError('maxConnections', 'a positive integer (or Infinity)', String(max))
  }
  return agentFetch(max)
}
