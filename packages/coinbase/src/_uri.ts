import { InvalidParameterError } from '@signet/core'

/** The REST host the `uri` claim names by default (spec coinbase.md §2). @internal */
export const DEFAULT_HOST = 'api.coinbase.com'

// A bare host with an optional port: no scheme, path, credentials or whitespace (spec coinbase.md §2, §7).
const HOST =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/

/** The `uri` claim: `METHOD host/path`, no scheme and no query (spec coinbase.md §2). @internal */
export function coinbaseUri(method: string, host: string, path: string): string {
  return `${method} ${host}${path}`
}

/** Checks a host option: `api.coinbase.com`, never `https://api.coinbase.com` or a path. @internal */
export function checkHost(host: unknown, field = 'host'): string {
  if (typeof host !== 'string' || !HOST.test(host)) {
    const shown = typeof host === 'string' ? JSON.stringify(host.slice(0, 60)) : typeof host
    throw new InvalidParameterError(
      field,
      'a bare host such as "api.coinbase.com" (no scheme, no path): the uri claim is "METHOD host/path"',
      shown,
    )
  }
  return host
}
