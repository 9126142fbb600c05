import { keccak_256 } from '@noble/hashes/sha3.js'
import { concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

/** The EIP-712 field types Hyperliquid's structs use (spec hyperliquid.md §2, §3). @internal */
export type Eip712Type = 'string' | 'bytes32' | 'uint64' | 'uint256' | 'address' | 'bool'

/** One member of an EIP-712 struct, in declaration order. @internal */
export type Eip712Field = { readonly name: string; readonly type: Eip712Type }

/** An EIP-712 domain as Hyperliquid fills it: verifyingContract is always the zero address. @internal */
export type Eip712Domain = {
  name: string
  version: string
  chainId: number | bigint
  verifyingContract: string
}

const DOMAIN_FIELDS: readonly Eip712Field[] = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
]

/**
 * The EIP-712 digest `keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message))` of a flat struct (no nested
 * struct types: Hyperliquid's Agent and HyperliquidTransaction:* structs are flat, spec hyperliquid.md §2, §3).
 * @internal
 */
export function typedDataDigest(
  domain: Eip712Domain,
  primaryType: string,
  fields: readonly Eip712Field[],
  message: Readonly<Record<string, unknown>>,
): Uint8Array {
  const domainSeparator = hashStruct('EIP712Domain', DOMAIN_FIELDS, domain)
  return keccak_256(
    concatBytes(new Uint8Array([0x19, 0x01]), domainSeparator, hashStruct(primaryType, fields, message)),
  )
}

function hashStruct(
  name: string,
  fields: readonly Eip712Field[],
  message: Readonly<Record<string, unknown>>,
): Uint8Array {
  const typeString = `${name}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})`
  const parts: Uint8Array[] = [keccak_256(utf8ToBytes(typeString))]
  for (const field of fields) parts.push(encodeValue(field, message[field.name]))
  return keccak_256(concatBytes(...parts))
}

function encodeValue(field: Eip712Field, value: unknown): Uint8Array {
  switch (field.type) {
    case 'string':
      return keccak_256(utf8ToBytes(String(value)))
    case 'bytes32': {
      const bytes = value instanceof Uint8Array ? Uint8Array.from(value) : hexToBytes(strip0x(String(value)))
      if (bytes.length !== 32) throw new Error(`${field.name}: expected 32 bytes`)
      return bytes
    }
    case 'bool':
      return word(value === true ? 1n : 0n)
    case 'address':
      return word(BigInt(`0x${strip0x(String(value)) || '0'}`))
    default:
      return word(BigInt(value as bigint | number | string))
  }
}

function word(n: bigint): Uint8Array {
  if (n < 0n || n >= 1n << 256n) throw new Error('value out of uint256 range')
  return hexToBytes(n.toString(16).padStart(64, '0'))
}

function strip0x(hex: string): string {
  return hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex
}
