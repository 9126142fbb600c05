import { InvalidParameterError } from '@signet/core'
import { type FieldSpec, l1Actions, type Node, userSignedActions } from './_schema'
import { canonicalDecimal } from './toHyperliquidDecimal'

/**
 * `client`: what a signer accepts (object keys already in the server's order, else an error naming the field);
 * `server`: what Hyperliquid's deserialiser does with a received body (keys put in struct order).
 * @internal
 */
export type NormalizeMode = 'client' | 'server'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/
const CLOID = /^0x[0-9a-fA-F]{32}$/
const decimalHint =
  'Write prices and sizes as decimal strings with at most 8 decimals (toHyperliquidDecimal formats a number the way the SDKs do).'

/**
 * Checks an action against the server's struct for its `type` and returns it in wire form: decimals canonical,
 * addresses and cloids lower case, keys in struct order (spec hyperliquid.md §4). Unknown L1 types keep their
 * key order and may hold only strings, booleans, null, safe integers, arrays and objects.
 * @internal
 */
export function normalizeAction(
  action: unknown,
  mode: NormalizeMode,
  path = 'action',
): Record<string, unknown> {
  if (!isRecord(action)) throw fail(path, 'an object with a "type"', action)
  const type = action.type
  if (typeof type !== 'string') throw fail(`${path}.type`, 'an action type string', type)
  const user = userSignedActions[type]
  if (user) {
    const fields: FieldSpec[] = [
      { key: 'type', node: { kind: 'string' } },
      {
        key: 'signatureChainId',
        node: { kind: 'string', pattern: /^0x[0-9a-fA-F]+$/, expected: 'a hex chain id' },
      },
      { key: 'hyperliquidChain', node: { kind: 'string', values: ['Mainnet', 'Testnet'] } },
      ...user.fields,
    ]
    // EIP-712 hashes members by name, so the order of a user-signed action on the wire does not matter.
    return normalizeObject(fields, action, path, 'server')
  }
  const l1 = l1Actions[type]
  if (l1) return normalizeObject([{ key: 'type', node: { kind: 'string' } }, ...l1], action, path, mode)
  if (mode === 'server') throw fail(`${path}.type`, 'a known action type', type)
  return normalizeGeneric(action, path) as Record<string, unknown>
}

function normalizeObject(
  fields: readonly FieldSpec[],
  value: unknown,
  path: string,
  mode: NormalizeMode,
): Record<string, unknown> {
  if (!isRecord(value)) throw fail(path, 'an object', value)
  const keys = Object.keys(value).filter((k) => value[k] !== undefined)
  const order = fields.map((x) => x.key)
  for (const key of keys) {
    if (!order.includes(key))
      throw fail(`${path}.${key}`, `one of the members ${order.join(', ')}`, `an unknown member "${key}"`)
  }
  if (mode === 'client') {
    const positions = keys.map((k) => order.indexOf(k))
    for (let i = 1; i < positions.length; i++) {
      if (positions[i]! < positions[i - 1]!)
        throw new InvalidParameterError(
          `${path}.${keys[i]}`,
          `members in the order ${order.join(', ')} (the order is hashed)`,
          `"${keys[i]}" after "${keys[i - 1]}"`,
          {
            exchange: 'hyperliquid',
            hint: 'Hyperliquid hashes the msgpack of the action in its own field order; build the object in that order.',
          },
        )
    }
  }
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const item = value[field.key]
    if (item === undefined) {
      if (!field.optional) throw fail(`${path}.${field.key}`, describeNode(field.node), undefined)
      continue
    }
    out[field.key] = normalizeNode(field.node, item, `${path}.${field.key}`, mode)
  }
  return out
}

function normalizeNode(node: Node, value: unknown, path: string, mode: NormalizeMode): unknown {
  switch (node.kind) {
    case 'object':
      return normalizeObject(node.fields, value, path, mode)
    case 'array':
      if (!Array.isArray(value)) throw fail(path, 'an array', value)
      return value.map((item, i) => normalizeNode(node.of, item, `${path}[${i}]`, mode))
    case 'variant': {
      const keys = isRecord(value) ? Object.keys(value).filter((k) => value[k] !== undefined) : []
      const option = keys.length === 1 ? node.options[keys[0]!] : undefined
      if (!option || !isRecord(value)) throw fail(path, describeNode(node), value)
      return { [keys[0]!]: normalizeNode(option, value[keys[0]!], `${path}.${keys[0]}`, mode) }
    }
    case 'decimal': {
      // spec hyperliquid.md §4.2: a JSON number would be a float on the wire and a different hash.
      const text = typeof value === 'string' ? canonicalDecimal(value) : undefined
      if (text === undefined) throw fail(path, 'a decimal string with at most 8 decimals', value, decimalHint)
      return text
    }
    case 'uint':
    case 'int': {
      const n = typeof value === 'bigint' && mode === 'client' ? bigintToNumber(value) : value
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || (node.kind === 'uint' && n < 0))
        throw fail(path, node.kind === 'uint' ? 'an unsigned safe integer' : 'a safe integer', value)
      return n === 0 ? 0 : n
    }
    case 'bool':
      if (typeof value !== 'boolean') throw fail(path, 'a boolean', value)
      return value
    case 'string':
      if (
        typeof value !== 'string' ||
        (node.values && !node.values.includes(value)) ||
        (node.pattern && !node.pattern.test(value))
      )
        throw fail(path, describeNode(node), value)
      return value
    case 'address':
      // spec hyperliquid.md §4.4: addresses travel and are hashed in lower case.
      if (typeof value !== 'string' || !ADDRESS.test(value)) throw fail(path, describeNode(node), value)
      return value.toLowerCase()
    case 'cloid':
      if (typeof value !== 'string' || !CLOID.test(value)) throw fail(path, describeNode(node), value)
      return value.toLowerCase()
    case 'oid':
      if (typeof value === 'string') return normalizeNode({ kind: 'cloid' }, value, path, mode)
      return normalizeNode({ kind: 'uint' }, value, path, mode)
  }
}

/** Values of an action type Signet has no struct for: insertion order kept, floats refused. */
function normalizeGeneric(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' || typeof value === 'bigint') {
    const n = typeof value === 'bigint' ? bigintToNumber(value) : value
    if (!Number.isSafeInteger(n))
      throw fail(path, 'a safe integer (send prices and sizes as decimal strings)', value, decimalHint)
    return n === 0 ? 0 : n
  }
  if (Array.isArray(value)) return value.map((item, i) => normalizeGeneric(item, `${path}[${i}]`))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      if (v !== undefined) out[k] = normalizeGeneric(v, `${path}.${k}`)
    return out
  }
  throw fail(path, 'a JSON value', value)
}

function bigintToNumber(value: bigint): number {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : Number.NaN
}

function describeNode(node: Node): string {
  switch (node.kind) {
    case 'variant':
      return `an object with exactly one of ${Object.keys(node.options).join(', ')}`
    case 'string':
      return node.values ? node.values.map((v) => `"${v}"`).join(' | ') : (node.expected ?? 'a string')
    case 'address':
      return 'an address (0x and 40 hex digits)'
    case 'cloid':
      return 'a cloid (0x and 32 hex digits)'
    case 'decimal':
      return 'a decimal string with at most 8 decimals'
    case 'oid':
      return 'an order id or a cloid'
    default:
      return `a value of kind ${node.kind}`
  }
}

function fail(path: string, expected: string, received: unknown, hint?: string): InvalidParameterError {
  return new InvalidParameterError(path, expected, describeValue(received), { exchange: 'hyperliquid', hint })
}

function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 60 ? `a string of ${value.length} characters` : JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint') return `the ${typeof value} ${String(value)}`
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
