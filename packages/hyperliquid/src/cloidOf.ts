import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

const CLOID = /^0x[0-9a-fA-F]{32}$/

/**
 * A Hyperliquid client order id (`0x` and 32 hex digits, 16 bytes; spec hyperliquid.md §4.3) for any client order
 * id: a cloid is returned lower-cased; text of up to 16 bytes is carried as its bytes, zero-padded, so it can be read
 * back (`clientOrderIdOf`); longer text becomes the first 16 bytes of its keccak256. The same id always maps to the
 * same cloid.
 *
 * @example
 * cloidOf('0x00000000000000000000000000000001') // '0x00000000000000000000000000000001'
 * cloidOf('grid-7') // '0x677269642d3700000000000000000000'
 */
export function cloidOf(clientOrderId: string): string {
  if (CLOID.test(clientOrderId)) return clientOrderId.toLowerCase()
  const bytes = utf8ToBytes(clientOrderId)
  if (bytes.length > 0 && bytes.length <= 16 && !bytes.includes(0))
    return `0x${bytesToHex(bytes).padEnd(32, '0')}`
  return `0x${bytesToHex(keccak_256(bytes).subarray(0, 16))}`
}

/**
 * The client order id a cloid carries: the text `cloidOf` wrote into it (printable ASCII, zero-padded), else the
 * cloid itself.
 *
 * @example
 * clientOrderIdOf('0x677269642d3700000000000000000000') // 'grid-7'
 */
export function clientOrderIdOf(cloid: string): string {
  const bytes = hexToBytes(cloid.slice(2))
  let end = bytes.length
  while (end > 0 && bytes[end - 1] === 0) end--
  const text = bytes.subarray(0, end)
  return end > 0 && text.every((b) => b >= 0x20 && b <= 0x7e)
    ? String.fromCharCode(...text)
    : cloid.toLowerCase()
}
