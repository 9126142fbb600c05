import type { RecoverableSignature } from './_ecdsa'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/
const HEX = /^0x[0-9a-fA-F]{1,64}$/
const KNOWN = ['action', 'nonce', 'signature', 'vaultAddress', 'expiresAfter']

/** A received `/exchange` body, read the way Hyperliquid's deserialiser reads it (spec hyperliquid.md §1). @internal */
export type ReceivedExchangeBody = {
  action: unknown
  nonce: bigint
  signature: RecoverableSignature
  vaultAddress: string | undefined
  expiresAfter: bigint | undefined
}

/** Parses a received body; a string result is the deserialisation error Hyperliquid names (HTTP 422). @internal */
export function parseExchangeBody(body: string): ReceivedExchangeBody | string {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return 'expected a JSON object'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object'
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) if (!KNOWN.includes(key)) return `unknown field \`${key}\``
  if (typeof record.action !== 'object' || record.action === null)
    return 'action: missing field or not an object'
  const nonce = u64(record.nonce)
  if (nonce === undefined) return 'nonce: expected u64'
  const sig = record.signature as Record<string, unknown> | null | undefined
  if (typeof sig !== 'object' || sig === null) return 'signature: missing field or not an object'
  if (typeof sig.r !== 'string' || !HEX.test(sig.r)) return 'signature.r: expected 0x hex of at most 32 bytes'
  if (typeof sig.s !== 'string' || !HEX.test(sig.s)) return 'signature.s: expected 0x hex of at most 32 bytes'
  if (typeof sig.v !== 'number' || !Number.isInteger(sig.v) || sig.v < 0 || sig.v > 255)
    return 'signature.v: expected u8'
  const vault = record.vaultAddress
  if (vault !== undefined && vault !== null && (typeof vault !== 'string' || !ADDRESS.test(vault)))
    return 'vaultAddress: expected an address'
  const expires = record.expiresAfter
  const expiresAfter = expires === undefined || expires === null ? undefined : u64(expires)
  if (expires !== undefined && expires !== null && expiresAfter === undefined)
    return 'expiresAfter: expected u64'
  return {
    action: record.action,
    nonce,
    signature: { r: BigInt(sig.r), s: BigInt(sig.s), v: sig.v },
    vaultAddress: typeof vault === 'string' ? vault.toLowerCase() : undefined,
    expiresAfter,
  }
}

function u64(value: unknown): bigint | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return undefined
  return BigInt(value)
}
