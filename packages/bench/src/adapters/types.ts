import type { WireRequest } from '../floor'
import type { Scheme } from '../payloads'

/** The implementations compared in the signing table. */
export const IMPLS = [
  'signet-sync',
  'signet-async',
  'ccxt',
  'binance-connector',
  'siebly',
  // Full path only, to attribute the client's cost: Signet's signer with a bare fetch, and with ky as the client uses it.
  'signet-signer-fetch',
  'signet-signer-ky',
  // ky's own minimal call: a ky.create instance with the client's options sending an already signed request.
  'ky-minimal',
] as const
export type Impl = (typeof IMPLS)[number]

/** One implementation signing one scheme's typical request. */
export type SignCase = {
  scheme: Scheme
  impl: Impl
  async: boolean
  /** Signs the typical request now (reads the clock itself, as each library does). */
  run: () => unknown
  /** One signed request reduced to what goes on the wire, for the verifier check. */
  wire: () => Promise<WireRequest>
}

/** A case that could not be set up, and why. */
export type Skipped = { scheme: Scheme; impl: Impl; reason: string }

/** What a library contributes to the signing benchmark. */
export type SignAdapter = { cases: SignCase[]; skipped: Skipped[]; versions: Record<string, string> }

/** Reduces an absolute URL to path + query, as a server sees it. */
export const pathOf = (url: string) => {
  const parsed = new URL(url, 'https://placeholder.invalid')
  return parsed.pathname + parsed.search
}
