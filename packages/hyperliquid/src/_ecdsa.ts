import { secp256k1 } from '@noble/curves/secp256k1.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/** An Ethereum-style signature: `v` is 27 or 28 (recovery id + 27), as Hyperliquid's wire form carries it. @internal */
export type RecoverableSignature = { r: bigint; s: bigint; v: number }

/** Signs a 32-byte digest (no further hashing) with a secp256k1 key; RFC 6979 nonces and low-s, so deterministic. @internal */
export function signDigest(privateKey: Uint8Array, digest: Uint8Array): RecoverableSignature {
  // `recovered` = recovery byte ‖ r ‖ s; prehash false: the EIP-712 digest is already the message hash.
  const bytes = secp256k1.sign(digest, privateKey, { prehash: false, format: 'recovered' })
  return {
    v: 27 + bytes[0]!,
    r: BigInt(`0x${bytesToHex(bytes.subarray(1, 33))}`),
    s: BigInt(`0x${bytesToHex(bytes.subarray(33, 65))}`),
  }
}

/** The lower-case address that signed `digest`, or undefined when no public key recovers (r or s out of range). @internal */
export function recoverAddress(digest: Uint8Array, signature: RecoverableSignature): string | undefined {
  const { r, s, v } = signature
  if (v !== 27 && v !== 28) return undefined
  try {
    const sig = new secp256k1.Signature(r, s, v - 27)
    return addressOfPoint(sig.recoverPublicKey(digest).toBytes(false))
  } catch {
    return undefined
  }
}

/** The lower-case Ethereum address of a private key: last 20 bytes of keccak256 of the uncompressed public key. @internal */
export function addressOf(privateKey: Uint8Array): string {
  return addressOfPoint(secp256k1.getPublicKey(privateKey, false))
}

function addressOfPoint(uncompressed: Uint8Array): string {
  return `0x${bytesToHex(keccak_256(uncompressed.subarray(1)).subarray(12))}`
}

/** True for a valid secp256k1 private key (1 ≤ k < n). @internal */
export function isValidPrivateKey(key: Uint8Array): boolean {
  return secp256k1.utils.isValidSecretKey(key)
}
