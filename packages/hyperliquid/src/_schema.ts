import type { Eip712Field } from './_eip712'

/** The shape of one value in an action, as Hyperliquid's server deserialises it. @internal */
export type Node =
  | { kind: 'object'; fields: readonly FieldSpec[] }
  | { kind: 'array'; of: Node }
  /** One of several single-key objects (`t: { limit } | { trigger }`). */
  | { kind: 'variant'; options: Readonly<Record<string, Node>> }
  | { kind: 'decimal' }
  | { kind: 'uint' }
  | { kind: 'int' }
  | { kind: 'bool' }
  | { kind: 'string'; values?: readonly string[]; pattern?: RegExp; expected?: string }
  | { kind: 'address' }
  | { kind: 'cloid' }
  | { kind: 'oid' }

/** A named member of an object, in the server's struct order. @internal */
export type FieldSpec = { key: string; node: Node; optional?: boolean }

const obj = (...fields: FieldSpec[]): Node => ({ kind: 'object', fields })
const f = (key: string, node: Node, optional = false): FieldSpec => ({ key, node, optional })
const arr = (of: Node): Node => ({ kind: 'array', of })
const one = (...values: string[]): Node => ({ kind: 'string', values })
const decimal: Node = { kind: 'decimal' }
const uint: Node = { kind: 'uint' }
const bool: Node = { kind: 'bool' }
const address: Node = { kind: 'address' }
const cloid: Node = { kind: 'cloid' }

// spec hyperliquid.md §4.1: the order wire `{ a, b, p, s, r, t, c? }` in this order.
const orderWire = obj(
  f('a', uint),
  f('b', bool),
  f('p', decimal),
  f('s', decimal),
  f('r', bool),
  f('t', {
    kind: 'variant',
    options: {
      limit: obj(f('tif', one('Alo', 'Ioc', 'Gtc', 'FrontendMarket', 'LiquidationMarket'))),
      trigger: obj(f('isMarket', bool), f('triggerPx', decimal), f('tpsl', one('tp', 'sl'))),
    },
  }),
  f('c', cloid, true),
)

/**
 * L1 actions Signet knows, each as the server's struct (field order is hashed, spec hyperliquid.md §2, §4.1),
 * without the leading `type`.
 * @internal
 */
export const l1Actions: Readonly<Record<string, readonly FieldSpec[]>> = {
  order: [
    f('orders', arr(orderWire)),
    f('grouping', one('na', 'normalTpsl', 'positionTpsl')),
    f('builder', obj(f('b', address), f('f', uint)), true),
  ],
  cancel: [f('cancels', arr(obj(f('a', uint), f('o', uint))))],
  cancelByCloid: [f('cancels', arr(obj(f('asset', uint), f('cloid', cloid))))],
  modify: [f('oid', { kind: 'oid' }), f('order', orderWire)],
  batchModify: [f('modifies', arr(obj(f('oid', { kind: 'oid' }), f('order', orderWire))))],
  scheduleCancel: [f('time', uint, true)],
  updateLeverage: [f('asset', uint), f('isCross', bool), f('leverage', uint)],
  updateIsolatedMargin: [f('asset', uint), f('isBuy', bool), f('ntli', { kind: 'int' })],
  // "does not do anything (no operation), but causes the nonce to be marked as used" (spec hyperliquid.md §1).
  noop: [],
}

/** A user-signed action: its EIP-712 struct and which member carries the nonce (spec hyperliquid.md §3). @internal */
export type UserSignedSpec = {
  primaryType: string
  /** EIP-712 members after `hyperliquidChain`, in struct order. */
  types: readonly Eip712Field[]
  /** Wire members after `type`, `signatureChainId`, `hyperliquidChain`, in the SDKs' order. */
  fields: readonly FieldSpec[]
  /** The member that carries the nonce (`time` or `nonce`). */
  nonceField: 'time' | 'nonce'
}

const str = (name: string) => ({ name, type: 'string' }) as const
const u64 = (name: string) => ({ name, type: 'uint64' }) as const

/** User-signed actions Signet knows (spec hyperliquid.md §3; python SDK `signing.py` *_SIGN_TYPES). @internal */
export const userSignedActions: Readonly<Record<string, UserSignedSpec>> = {
  usdSend: {
    primaryType: 'HyperliquidTransaction:UsdSend',
    types: [str('destination'), str('amount'), u64('time')],
    fields: [f('destination', address), f('amount', decimal), f('time', uint)],
    nonceField: 'time',
  },
  spotSend: {
    primaryType: 'HyperliquidTransaction:SpotSend',
    types: [str('destination'), str('token'), str('amount'), u64('time')],
    fields: [
      f('destination', address),
      f('token', { kind: 'string', pattern: /^[^:]+:0x[0-9a-f]+$/, expected: 'NAME:0x<token id>' }),
      f('amount', decimal),
      f('time', uint),
    ],
    nonceField: 'time',
  },
  withdraw3: {
    primaryType: 'HyperliquidTransaction:Withdraw',
    types: [str('destination'), str('amount'), u64('time')],
    fields: [f('destination', address), f('amount', decimal), f('time', uint)],
    nonceField: 'time',
  },
  usdClassTransfer: {
    primaryType: 'HyperliquidTransaction:UsdClassTransfer',
    types: [str('amount'), { name: 'toPerp', type: 'bool' }, u64('nonce')],
    fields: [f('amount', decimal), f('toPerp', bool), f('nonce', uint)],
    nonceField: 'nonce',
  },
  approveAgent: {
    primaryType: 'HyperliquidTransaction:ApproveAgent',
    types: [{ name: 'agentAddress', type: 'address' }, str('agentName'), u64('nonce')],
    fields: [f('agentAddress', address), f('agentName', { kind: 'string' }, true), f('nonce', uint)],
    nonceField: 'nonce',
  },
  approveBuilderFee: {
    primaryType: 'HyperliquidTransaction:ApproveBuilderFee',
    types: [str('maxFeeRate'), { name: 'builder', type: 'address' }, u64('nonce')],
    fields: [
      f('maxFeeRate', {
        kind: 'string',
        pattern: /^\d+(\.\d+)?%$/,
        expected: 'a percentage such as "0.001%"',
      }),
      f('builder', address),
      f('nonce', uint),
    ],
    nonceField: 'nonce',
  },
}
