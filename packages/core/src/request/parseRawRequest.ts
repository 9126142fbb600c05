import type { RawRequest } from './types'

/** A raw request split into the parts verifiers work with. */
export type ParsedRawRequest = {
  method: string
  path: string
  /** Query text after `?`, byte-exact ('' when none). */
  query: string
  /** Header values by lowercase name. */
  headers: Record<string, string>
  body: string
}

/**
 * Splits a raw request's URL into path and byte-exact query and lower-cases header names.
 *
 * @example
 * parseRawRequest({ method: 'GET', url: '/a?b=1', headers: {}, body: '' }).query // 'b=1'
 */
export function parseRawRequest(request: RawRequest): ParsedRawRequest {
  const q = request.url.indexOf('?')
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers[name.toLowerCase()] = value
  return {
    method: request.method,
    path: q < 0 ? request.url : request.url.slice(0, q),
    query: q < 0 ? '' : request.url.slice(q + 1),
    headers,
    body: request.body,
  }
}

/** Decodes `a=b&c=d` text (`+` as space, as form decoders do) into ordered pairs; undecodable pairs stay raw. */
export function decodeForm(text: string): [string, string][] {
  if (text === '') return []
  return text.split('&').map((pair) => {
    const eq = pair.indexOf('=')
    const name = eq < 0 ? pair : pair.slice(0, eq)
    const value = eq < 0 ? '' : pair.slice(eq + 1)
    return [decode(name), decode(value)]
  })
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}
