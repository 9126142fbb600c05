import type { RequestIntent, SignedRequest } from '../request/types'

type SignSync<options> = (intent: RequestIntent, options?: options) => SignedRequest

// Each `sign` made by asyncSign, with the synchronous function it wraps.
const made = new WeakMap<object, SignSync<never>>()

/**
 * A local signer's `sign`, made from its `signSync` (same bytes, a rejected promise where `signSync` throws); a
 * runtime may call the `signSync` directly for such a `sign` (`syncSignOf`), never for one a wrapper replaced.
 *
 * @example
 * return { type: 'local', exchange: 'acme', keyType, apiKey, signSync, sign: asyncSign(signSync) }
 */
export function asyncSign<options>(
  signSync: SignSync<options>,
): (intent: RequestIntent, options?: options) => Promise<SignedRequest> {
  const sign = async (intent: RequestIntent, options?: options) => signSync(intent, options)
  made.set(sign, signSync as SignSync<never>)
  return sign
}

/**
 * The synchronous form of `sign` when `asyncSign` made it, else undefined: a `sign` replaced by a wrapper (a log, a
 * policy, a test's recorder) is always the one called, whatever `signSync` the object still carries.
 *
 * @example
 * const sync = syncSignOf(signer.sign)
 * const signed = sync ? sync(intent, options) : await signer.sign(intent, options)
 */
export function syncSignOf<options>(
  sign: (intent: RequestIntent, options?: options) => Promise<SignedRequest>,
): SignSync<options> | undefined {
  return made.get(sign) as SignSync<options> | undefined
}
