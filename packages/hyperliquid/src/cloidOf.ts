import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

const CLOID = /^0x[0-9a-fA-F]{32}$/

/**
 * A Hyperliquid client order id (`0x` and 32 hex digits, spec hyperliquid.md §4.3) for any client order id: a
 * cloid is returned in lower case, other text as the first 16 bytes of its keccak256, so the same id always maps
 * to the same cloid.
 *
 * @example
 * cloidOf('0x00000000000000000000000000000001') // '0x00000000000000000000000000000001'
 * cloidOf('my-order-7') // '0x' + 32 hex digits
 */
export function cloidOf(clientOrderId: string): string {
  if (CLOID.test(clientOrderId)) return clientOrderId.toLowerCase()
  return `0x${bytesToHex(keccak_256(utf8ToBytes(clientOrderId)).subarray(0, 16))}`
}
