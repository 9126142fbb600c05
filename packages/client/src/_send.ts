import { InvalidParameterError, type SignedRequest } from '@signet/core'
import type { KyInstance } from 'ky'
import type { Http } from './_http'

/** Sends a signed request's exact strings through ky. @internal */
export type Send = (
  signed: SignedRequest,
  signal: AbortSignal | undefined,
  baseUrl?: string,
) => Promise<Response>

/**
 * The send stage: joins the base URL and the signed path+query, refuses a URL that the WHATWG parser would
 * re-encode (the signature covers its exact bytes), and hands the strings to ky verbatim. @internal
 */
export function createSend(http: Http, exchange: string, defaultBaseUrl: string): Send {
  return (signed, signal, baseUrl = defaultBaseUrl) => {
    const url = baseUrl + signed.url
    if (!new URL(url).href.endsWith(signed.url)) throw reencodingError(signed, exchange)
    const init: Parameters<KyInstance>[1] = { method: signed.method, headers: signed.headers }
    if (signed.body !== undefined) init.body = signed.body
    if (signal) init.signal = signal
    const ky = http()
    // Only the first request waits for ky and undici to load.
    return ky instanceof Promise ? ky.then((loaded) => loaded(url, init)) : ky(url, init)
  }
}

function reencodingError(signed: SignedRequest, exchange: string): InvalidParameterError {
  // Name the path and the offending characters only: the query may carry a signature under any name.
  const q = signed.url.indexOf('?')
  const path = q < 0 ? signed.url : signed.url.slice(0, q)
  const odd = [...new Set(signed.url.replace(/[A-Za-z0-9\-._~%&=+,:@/!$()*;?]/g, ''))].join(' ')
  return new InvalidParameterError(
    'url',
    'a URL that the WHATWG URL parser leaves unchanged (the signature covers its exact bytes)',
    `a URL for ${signed.method} ${path} with characters it would re-encode: ${odd}`,
    {
      exchange,
      hint: 'The exchange package must percent-encode every character outside RFC 3986 unreserved.',
    },
  )
}

/** fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ...) on its cause. @internal */
export function transportMessage(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { code?: string; message?: string } }
  const code = e?.cause?.code ?? e?.code
  return `${e?.message ?? String(error)}${code ? ` (${code})` : ''}`
}
