import type { RawRequest, SecurityLevel, Verifier, VerifierOptions, VerifyResult } from '@signet/core'
import { type JsonAnswers, type JsonAnswersOptions, jsonAnswers } from './jsonAnswers'
import { type ReceivedRequest, receiveRequest } from './receiveRequest'

/** Options of `jsonVerifier`: the exchange's id, its JSON answers and its checks of a signed request. */
export type JsonVerifierOptions = JsonAnswersOptions & {
  /** The exchange id the verifier reports. */
  exchange: string
  /**
   * The exchange's checks of a signed request on a served path, in the exchange's order (headers, window, key,
   * signature, permission): `received.accept(apiKey)` when all pass, `reject(code, kind)` at the first that fails.
   */
  check(received: ReceivedRequest, reject: JsonAnswers['reject'], request: RawRequest): VerifyResult
}

/**
 * A verifier for an exchange that answers in JSON: it receives the request, answers a path it does not serve
 * with the exchange's not-found (`generic['not-found']`) and an unsigned request with success, and leaves every
 * signed request to `check`.
 *
 * @example
 * const verifier = jsonVerifier(options, { exchange: 'acme', errors, error, serverTime, ok, generic, check: (received, reject) => received.accept(apiKey) })
 */
export function jsonVerifier(options: VerifierOptions, spec: JsonVerifierOptions): Verifier {
  const { reject, respond } = jsonAnswers(spec)
  const notFound = spec.generic['not-found'][1]
  const verify = (request: RawRequest, security: SecurityLevel = 'signed'): VerifyResult => {
    const received = receiveRequest(request, options.paths)
    if (!received.served) return reject(notFound, 'not-found')
    if (security === 'none') return received.accept('')
    return spec.check(received, reject, request)
  }
  const verifier: Verifier = { exchange: spec.exchange, verify, respond }
  return Object.freeze(verifier)
}
