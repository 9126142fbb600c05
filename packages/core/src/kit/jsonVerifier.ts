import type { RawRequest, SecurityLevel, Verifier, VerifierOptions, VerifyResult } from '@signet/core'
import { type JsonAnswers, type JsonAnswersOptions, jsonAnswers } from './jsonAnswers'
import { missingHeader } from './missingHeader'
import { type ReceivedRequest, receiveRequest } from './receiveRequest'
import type { VerifierRefusals } from './verifierRefusals'

/** Options of `jsonVerifier`: the exchange's id, its JSON answers and its checks of a signed request. */
export type JsonVerifierOptions = JsonAnswersOptions & {
  /** The exchange id the verifier reports. */
  exchange: string
  /**
   * The exchange's refusal codes: with them, a path it does not serve is refused with `notFound` and a signed
   * request missing an auth header with `missingHeader` before `check` runs, and `runVerifierSuite` checks the rest.
   */
  refusals?: VerifierRefusals | undefined
  /** The message of a missing-header refusal, naming the header. @default the error table's message */
  missingHeaderMessage?: ((header: string) => string) | undefined
  /**
   * The exchange's checks of a signed request on a served path (with every auth header, when `refusals` are given),
   * in the exchange's order (window, key, signature, permission): `received.accept(apiKey)` when all pass,
   * `reject(code, kind)` at the first that fails.
   */
  check(received: ReceivedRequest, reject: JsonAnswers['reject'], request: RawRequest): VerifyResult
}

/**
 * A verifier for an exchange that answers in JSON: it receives the request, answers a path it does not serve
 * with the exchange's not-found and an unsigned request with success, refuses a signed one missing an auth header
 * (given `refusals`), and leaves the rest to `check`.
 *
 * @example
 * const verifier = jsonVerifier(options, { exchange: 'acme', errors, error, serverTime, ok, generic, check: (received, reject) => received.accept(apiKey) })
 */
export function jsonVerifier(options: VerifierOptions, spec: JsonVerifierOptions): Verifier {
  const { reject, respond } = jsonAnswers(spec)
  const { refusals } = spec
  const notFound = refusals?.notFound ?? spec.generic['not-found'][1]
  const verify = (request: RawRequest, security: SecurityLevel = 'signed'): VerifyResult => {
    const received = receiveRequest(request, options.paths)
    if (!received.served) return reject(notFound, 'not-found')
    if (security === 'none') return received.accept('')
    if (refusals) {
      const missing = missingHeader(received.headers, refusals.headers)
      if (missing)
        return reject(refusals.missingHeader, 'invalid-api-key', spec.missingHeaderMessage?.(missing))
    }
    return spec.check(received, reject, request)
  }
  const verifier: Verifier = { exchange: spec.exchange, verify, respond }
  return Object.freeze(verifier)
}
