import { encode } from '@msgpack/msgpack'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { concatBytes, hexToBytes } from '@noble/hashes/utils.js'

/** Inputs of an L1 action hash. @internal */
export type L1ActionHashInput = {
  /** The action in wire form (normalizeAction), key order as hashed. */
  action: unknown
  nonce: bigint
  /** Lower-case `0x` address, when trading for a vault or sub-account. */
  vaultAddress?: string | undefined
  /** Epoch ms after which the action is rejected. */
  expiresAfter?: bigint | undefined
}

/**
 * The L1 `connectionId`: keccak256(msgpack(action) ‖ u64be(nonce) ‖ 0x00 | 0x01 ‖ vault [‖ 0x00 ‖ u64be(expiresAfter)])
 * (spec hyperliquid.md §2; python SDK `action_hash`).
 * @internal
 */
export function l1ActionHash(input: L1ActionHashInput): Uint8Array {
  return keccak_256(l1ActionBytes(input))
}

/** The bytes `l1ActionHash` hashes (shown by `hyperliquidStringToSign`). @internal */
export function l1ActionBytes({ action, nonce, vaultAddress, expiresAfter }: L1ActionHashInput): Uint8Array {
  // @msgpack/msgpack defaults match msgpack-python's packb (spec hyperliquid.md §5): smallest int width,
  // str8/16/32, maps in insertion order (sortKeys false), float64 (forceFloat32 false). useBigInt64 stays false:
  // it would write safe integers ≥ 2^32 as float64. Normalised actions hold no undefined, bigint or float.
  const parts = [encode(action), u64(nonce)]
  parts.push(
    vaultAddress === undefined
      ? new Uint8Array([0])
      : concatBytes(new Uint8Array([1]), hexToBytes(vaultAddress.slice(2))),
  )
  if (expiresAfter !== undefined) parts.push(new Uint8Array([0]), u64(expiresAfter))
  return concatBytes(...parts)
}

function u64(n: bigint): Uint8Array {
  const bytes = new Uint8Array(8)
  new DataView(bytes.buffer).setBigUint64(0, n)
  return bytes
}
