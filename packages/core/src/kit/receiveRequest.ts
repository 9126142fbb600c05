import type { RawRequest, VerifyResult } from '@signet/core'
import { servesPath } from '../exchange/servesPath'
import { type ParsedRawRequest, parseRawRequest } from '../request/parseRawRequest'
import { requestParams } from '../request/requestParams'

/** A request as a verifier receives it: its parts, its params, and whether the server serves its path. */
export type ReceivedRequest = ParsedRawRequest & {
  /** Every parameter (query, form and top-level JSON fields) as text. */
  params: Record<string, string>
  /** Whether `VerifierOptions.paths` serves the path (always, when no paths are given). */
  served: boolean
  /** The success result for `apiKey` (`''` for an unsigned request). */
  accept(apiKey: string): VerifyResult
}

/**
 * The first step of every verifier: parse the raw request, read its params and look its path up.
 *
 * @example
 * const received = receiveRequest(request, options.paths)
 * if (!received.served) return reject('NOT_FOUND', 'not-found')
 * if (security === 'none') return received.accept('')
 */
export function receiveRequest(request: RawRequest, paths?: readonly string[]): ReceivedRequest {
  const raw = parseRawRequest(request)
  // A form body is read as a form, anything else as JSON (a body that is neither gives no params).
  const params = requestParams(raw.query, raw.body, raw.headers['content-type'])
  return {
    ...raw,
    params,
    served: servesPath(paths, raw.path),
    accept: (apiKey) => ({ ok: true, apiKey, method: raw.method, path: raw.path, params }),
  }
}
