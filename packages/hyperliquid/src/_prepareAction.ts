import { keccak_256 } from '@noble/hashes/sha3.js'
import { InvalidParameterError } from '@signet/core'
import { l1ActionBytes } from './_actionHash'
import { type AgentSource, l1Digest, userSignedDigest } from './_digest'
import type { RecoverableSignature } from './_ecdsa'
import { type NormalizeMode, normalizeAction } from './_normalizeAction'
import { userSignedActions } from './_schema'

/** `mainnet` signs with source `a` and chain `Mainnet`; `testnet` with `b` and `Testnet` (spec hyperliquid.md §2, §3). */
export type HyperliquidEnvironment = 'mainnet' | 'testnet'

/** What is signed for one `/exchange` request, and how it goes on the wire. @internal */
export type PreparedAction = {
  kind: 'l1' | 'user-signed'
  /** The action in wire form (keys in hashed order). */
  action: Record<string, unknown>
  nonce: bigint
  vaultAddress: string | undefined
  expiresAfter: bigint | undefined
  /** L1: the bytes whose keccak256 is the connectionId; user-signed: undefined. */
  hashedBytes: Uint8Array | undefined
  /** The EIP-712 digest the wallet signs. */
  digest: Uint8Array
}

/** Options of `prepareAction`. @internal */
export type PrepareActionOptions = {
  environment: HyperliquidEnvironment
  nonce: bigint
  vaultAddress?: string | undefined
  expiresAfter?: bigint | undefined
  mode: NormalizeMode
  /** Overrides the phantom agent's source (explain variants only). */
  source?: AgentSource | undefined
}

/** Normalises an action and computes the digest its signature covers (spec hyperliquid.md §2, §3). @internal */
export function prepareAction(raw: unknown, options: PrepareActionOptions): PreparedAction {
  const action = normalizeAction(raw, options.mode)
  const spec = userSignedActions[String(action.type)]
  if (spec) {
    if (options.vaultAddress !== undefined || options.expiresAfter !== undefined)
      throw new InvalidParameterError(
        options.vaultAddress !== undefined ? 'vaultAddress' : 'expiresAfter',
        'none on a user-signed action',
        `one on ${String(action.type)}`,
        {
          exchange: 'hyperliquid',
          hint: 'User-signed actions (transfers, approvals) are signed by the account itself.',
        },
      )
    const chain = options.environment === 'mainnet' ? 'Mainnet' : 'Testnet'
    return {
      kind: 'user-signed',
      action,
      nonce: options.nonce,
      vaultAddress: undefined,
      expiresAfter: undefined,
      hashedBytes: undefined,
      digest: userSignedDigest(spec, action, chain),
    }
  }
  const hashedBytes = l1ActionBytes({
    action,
    nonce: options.nonce,
    vaultAddress: options.vaultAddress,
    expiresAfter: options.expiresAfter,
  })
  const source = options.source ?? (options.environment === 'mainnet' ? 'a' : 'b')
  return {
    kind: 'l1',
    action,
    nonce: options.nonce,
    vaultAddress: options.vaultAddress,
    expiresAfter: options.expiresAfter,
    hashedBytes,
    digest: l1Digest(keccak_256(hashedBytes), source),
  }
}

/**
 * The `/exchange` body: `{ action, nonce, signature: { r, s, v }, vaultAddress?, expiresAfter? }`, r and s as
 * 32-byte hex (spec hyperliquid.md §1).
 * @internal
 */
export function exchangeBody(prepared: PreparedAction, signature: RecoverableSignature): string {
  const hex = (n: bigint) => `0x${n.toString(16).padStart(64, '0')}`
  let body = `{"action":${JSON.stringify(prepared.action)},"nonce":${prepared.nonce},"signature":{"r":"${hex(signature.r)}","s":"${hex(signature.s)}","v":${signature.v}}`
  if (prepared.vaultAddress !== undefined) body += `,"vaultAddress":"${prepared.vaultAddress}"`
  if (prepared.expiresAfter !== undefined) body += `,"expiresAfter":${prepared.expiresAfter}`
  return `${body}}`
}
