import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { PreparedAction } from './_prepareAction'
import { userSignedActions } from './_schema'

/**
 * What a wallet signs for an action, as text (spec hyperliquid.md §2, §3): for L1 actions the hashed bytes (msgpack
 * of the action ‖ nonce ‖ vault flag [‖ vault] [‖ 0x00 ‖ expiresAfter]) and the phantom agent; for user-signed
 * actions the typed struct.
 * @internal
 */
export function describeSigned(prepared: PreparedAction, source: string): string {
  if (prepared.kind === 'l1' && prepared.hashedBytes) {
    return [
      `hashed bytes: 0x${bytesToHex(prepared.hashedBytes)}`,
      `connectionId = keccak256(hashed bytes) = 0x${bytesToHex(keccak_256(prepared.hashedBytes))}`,
      `Agent { source: "${source}", connectionId } in domain Exchange / 1 / chainId 1337 / 0x0`,
      `digest: 0x${bytesToHex(prepared.digest)}`,
    ].join('\n')
  }
  const spec = userSignedActions[String(prepared.action.type)]!
  const members = [{ name: 'hyperliquidChain' }, ...spec.types].map(
    (t) => `${t.name}: ${JSON.stringify(prepared.action[t.name] ?? '')}`,
  )
  return [
    `${spec.primaryType} { ${members.join(', ')} }`,
    `in domain HyperliquidSignTransaction / 1 / chainId ${BigInt(String(prepared.action.signatureChainId))} / 0x0`,
    `digest: 0x${bytesToHex(prepared.digest)}`,
  ].join('\n')
}
