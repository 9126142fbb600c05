import type { RawRequest, SecurityLevel, Verifier, VerifierOptions, VerifyResult } from '@signet/core'

/**
 * Creates a verifier that checks requests the way Coinbase's server does and answers with its error codes.
 *
 * @example
 * const verifier = createCoinbaseVerifier({ keys: [{ apiKey, secret }], now: () => Date.now() })
 */
export function createCoinbaseVerifier(options: VerifierOptions): Verifier {
  const todo = (what: string): never => {
    throw new Error(`TODO(new-exchange): implement ${what} in src/createCoinbaseVerifier.ts`)
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
    exchange: 'coinbase',
    verify,
    respond: {
      serverTime: () => todo('respond.serverTime()'),
      ok: () => todo('respond.ok()'),
      error: () => todo('respond.error()'),
    },
  })
}
