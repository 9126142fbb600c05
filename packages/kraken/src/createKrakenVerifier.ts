import type { RawRequest, SecurityLevel, Verifier, VerifierOptions, VerifyResult } from '@signet/core'

/**
 * Creates a verifier that checks requests the way Kraken's server does and answers with its error codes.
 *
 * @example
 * const verifier = createKrakenVerifier({ keys: [{ apiKey, secret }], now: () => Date.now() })
 */
export function createKrakenVerifier(options: VerifierOptions): Verifier {
  const todo = (what: string): never => {
    throw new Error(`TODO(new-exchange): implement ${what} in src/createKrakenVerifier.ts`)
  }
  const verify = (_request: RawRequest, _security: SecurityLevel = 'signed'): VerifyResult => {
    // TODO(new-exchange): what the exchange's server does: missing headers, options.paths (not found), the
    // timestamp window against options.now(), key lookup (and environment), passphrase, signature over exactly the
    // received bytes (safeEqual), permission ('trade' for order endpoints); answer each failure with the
    // exchange's exact code, HTTP status and JSON.
    void options
    return todo('verify()')
  }
  return Object.freeze({
    exchange: 'kraken',
    verify,
    respond: {
      serverTime: () => todo('respond.serverTime()'),
      ok: () => todo('respond.ok()'),
      error: () => todo('respond.error()'),
    },
  })
}
