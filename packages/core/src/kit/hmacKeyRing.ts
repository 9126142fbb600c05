import type { KeyObject } from 'node:crypto'
import { createSecret, type VerifierKey, type VerifierOptions } from '@signet/core'
import { createHmacKey } from '../crypto/sign'

/** A verifier's HMAC key: the stored record and its prepared key. */
export type HmacKeyEntry = { record: VerifierKey; hmacKey: KeyObject }

/**
 * The HMAC keys a verifier serves, by API key: those of its environment that have a secret, prepared once.
 *
 * @example
 * const keys = hmacKeyRing(options)
 * const key = keys.get(apiKey) // undefined: the exchange's "unknown key"
 */
export function hmacKeyRing(options: VerifierOptions): ReadonlyMap<string, HmacKeyEntry> {
  const environment = options.serverEnvironment ?? options.environment ?? 'live'
  const keys = new Map<string, HmacKeyEntry>()
  for (const record of options.keys) {
    if (
      (record.keyEnvironment ?? record.environment ?? 'live') !== environment ||
      record.secret === undefined
    )
      continue
    keys.set(record.apiKey, { record, hmacKey: createHmacKey(createSecret(record.secret)) })
  }
  return keys
}
