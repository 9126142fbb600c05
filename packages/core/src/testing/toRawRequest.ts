import type { RawRequest, SignedRequest } from '@signet/core'

/**
 * A signed request as a server receives it: an absolute URL keeps only its path and query (what an HTTP client
 * puts on the request line), and an absent body is empty.
 *
 * @example
 * verifier.verify(toRawRequest(await signer.sign(intent)))
 * verifier.verify(toRawRequest({ method, ...ccxt.sign(path, 'private', method, params) }))
 */
export function toRawRequest(request: {
  method: string
  url: string
  headers?: Readonly<Record<string, string>> | undefined
  body?: string | undefined
}): RawRequest {
  const url = /^[a-z]+:\/\//i.test(request.url)
    ? (({ pathname, search }) => pathname + search)(new URL(request.url))
    : request.url
  return {
    method: request.method as SignedRequest['method'],
    url,
    headers: { ...request.headers },
    body: request.body ?? '',
  }
}
