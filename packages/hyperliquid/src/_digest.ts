import { type Eip712Field, typedDataDigest } from './_eip712'
import type { UserSignedSpec } from './_schema'

const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'
const AGENT: readonly Eip712Field[] = [
  { name: 'source', type: 'string' },
  { name: 'connectionId', type: 'bytes32' },
]

/** `a` on mainnet, `b` on testnet: the phantom agent's source (spec hyperliquid.md §2). @internal */
export type AgentSource = 'a' | 'b'

/**
 * The EIP-712 digest of the phantom agent `Agent(string source, bytes32 connectionId)` in the domain
 * `{ name: 'Exchange', version: '1', chainId: 1337, verifyingContract: 0x0 }` (spec hyperliquid.md §2).
 * @internal
 */
export function l1Digest(connectionId: Uint8Array, source: AgentSource): Uint8Array {
  return typedDataDigest(
    { name: 'Exchange', version: '1', chainId: 1337, verifyingContract: ZERO_ADDRESS },
    'Agent',
    AGENT,
    { source, connectionId },
  )
}

/**
 * The EIP-712 digest of a user-signed action in the `HyperliquidSignTransaction` domain, chain id from
 * `signatureChainId` (spec hyperliquid.md §3).
 * @internal
 */
export function userSignedDigest(
  spec: UserSignedSpec,
  action: Readonly<Record<string, unknown>>,
  hyperliquidChain: string,
): Uint8Array {
  const message: Record<string, unknown> = { ...action, hyperliquidChain }
  // The python SDK signs an absent agent name as "" and leaves it off the wire (spec hyperliquid.md §3).
  if (spec.primaryType.endsWith(':ApproveAgent') && message.agentName === undefined) message.agentName = ''
  return typedDataDigest(
    {
      name: 'HyperliquidSignTransaction',
      version: '1',
      chainId: BigInt(String(action.signatureChainId)),
      verifyingContract: ZERO_ADDRESS,
    },
    spec.primaryType,
    [{ name: 'hyperliquidChain', type: 'string' }, ...spec.types],
    message,
  )
}
