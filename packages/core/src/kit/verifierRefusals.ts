/**
 * The codes an exchange refuses a signed request with, per situation every exchange has, as data: the verifier
 * answers with them and `runVerifierSuite` (`@signet/core/testing`) checks each situation gets its code. Cite the
 * spec section of each where you fill them in.
 */
export type VerifierRefusals = {
  /** The auth headers every signed request carries; a request missing any of them gets `missingHeader`. */
  headers: readonly string[]
  /** An auth header is missing. */
  missingHeader: string
  /** The timestamp is outside the window. */
  expired: string
  /** The key is unknown, or held for another environment. */
  unknownKey: string
  /** The signature does not cover the bytes received. */
  badSignature: string
  /** A read-only key places or cancels an order. */
  readOnly: string
  /** The path is not one the server serves. */
  notFound: string
  /** The passphrase is wrong (exchanges whose keys have one). */
  passphrase?: string | undefined
}
