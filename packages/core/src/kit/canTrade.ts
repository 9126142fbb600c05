import type { VerifierKey } from '@signet/core'

/**
 * Whether a verifier's key may place and cancel orders (`permissions` defaults to read and trade).
 *
 * @example
 * if (isOrderEndpoint && !canTrade(key.record)) return reject('PERMISSION', 'permission')
 */
export function canTrade(record: VerifierKey): boolean {
  return (record.permissions ?? ['read', 'trade']).includes('trade')
}
