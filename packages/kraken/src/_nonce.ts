import { InvalidParameterError } from '@signet/core'

const U64_MAX = (1n << 64n) - 1n

/**
 * The nonce as Kraken takes it: decimal digits of an unsigned 64-bit integer (spec kraken.md §3), from
 * `SignOptions.nonce`, else the ms timestamp. @internal
 */
export function formatNonce(nonce: string | bigint | undefined, fallbackMs: number): string {
  if (nonce === undefined) {
    if (!Number.isSafeInteger(fallbackMs) || fallbackMs < 0) {
      throw new InvalidParameterError('timestamp', 'a non-negative integer epoch ms', String(fallbackMs), {
        exchange: 'kraken',
      })
    }
    return String(fallbackMs)
  }
  const text = typeof nonce === 'bigint' ? nonce.toString() : nonce
  if (typeof text !== 'string' || !/^(0|[1-9][0-9]{0,19})$/.test(text) || BigInt(text) > U64_MAX) {
    throw new InvalidParameterError(
      'nonce',
      'an unsigned 64-bit integer as decimal digits (string or bigint)',
      typeof nonce === 'string' ? JSON.stringify(nonce) : String(nonce),
      { exchange: 'kraken', hint: 'Let the client allocate nonces (a NonceSource), or pass a bigint.' },
    )
  }
  return text
}
