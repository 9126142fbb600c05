import { InvalidParameterError, type SignedRequest } from '@signet/core'
import type { KyInstance } from 'ky'
import type { Http } from './_http'
import { WIRE_OPTION, type Wire } from './_wire'

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
  const cleanBases = new Map<string, boolean>()
  const cleanBase = (base: string) => {
    let clean = cleanBases.get(base)
    if (clean === undefined) {
      clean = new URL(`${base}/x`).href === `${base}/x`
      if (cleanBases.size < 16) cleanBases.set(base, clean)
    }
    return clean
  }
  return (signed, signal, baseUrl = defaultBaseUrl) => {
    const url = baseUrl + signed.url
    // Parsing the URL only when its text could change: most signed URLs are verbatim by their characters alone.
    const verbatim = isVerbatim(signed.url) && cleanBase(baseUrl)
    if (!verbatim && !new URL(url).href.endsWith(signed.url)) throw reencodingError(signed, exchange)
    // The client's own transport sends the signed strings as they are (ky's Request carries method and signal);
    // another fetch gets them in the Request.
    const wire: Wire | undefined = http.wire ? { headers: signed.headers, body: signed.body } : undefined
    const init: NonNullable<Parameters<KyInstance>[1]> = wire
      ? ({ method: signed.method, [WIRE_OPTION]: wire } as NonNullable<Parameters<KyInstance>[1]>)
      : { method: signed.method, headers: signed.headers }
    if (!wire && signed.body !== undefined) init.body = signed.body
    if (signal) init.signal = signal
    const ky = http()
    // Only the first request waits for ky and undici to load.
    return ky instanceof Promise ? ky.then((loaded) => loaded(url, init)) : ky(url, init)
  }
}

// What the WHATWG URL parser keeps as it is in the path and query of an http(s) URL: RFC 3986 unreserved
// characters, sub-delimiters other than ' (re-encoded in a special URL's query), : @ / ? and %.
const KEPT = /^\/[A-Za-z0-9\-._~%!$&()*+,;=:@/?]*$/
// A path segment starting with . or %2e may be a dot segment, which the parser removes.
const DOT_SEGMENT = /\/(?:\.|%2e)/i

/**
 * True when the WHATWG URL parser leaves a signed path+query exactly as it is (after a clean base URL), judged by
 * its characters alone; false means "parse it to know" (it may still be verbatim). @internal
 */
export function isVerbatim(pathAndQuery: string): boolean {
  if (!KEPT.test(pathAndQuery)) return false
  const q = pathAndQuery.indexOf('?')
  return !DOT_SEGMENT.test(q < 0 ? pathAndQuery : pathAndQuery.slice(0, q))
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
