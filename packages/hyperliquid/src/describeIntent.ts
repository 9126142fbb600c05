import type { DescribeIntent, IntentDescription, RequestIntent } from '@signet/core'

type Sensitive = 'withdraw' | 'transfer' | 'sub-account' | 'key-management'

// docs/spec/hyperliquid.md §12: actions that move funds off the account or between its parts, create accounts, or
// grant another key or builder a right. They all share `POST /exchange`, so the action type is what is judged.
const SENSITIVE: Readonly<Record<string, Sensitive>> = {
  usdSend: 'withdraw',
  spotSend: 'withdraw',
  sendAsset: 'withdraw',
  withdraw3: 'withdraw',
  usdClassTransfer: 'transfer',
  subAccountTransfer: 'transfer',
  subAccountSpotTransfer: 'transfer',
  vaultTransfer: 'transfer',
  cDeposit: 'transfer',
  cWithdraw: 'transfer',
  tokenDelegate: 'transfer',
  createSubAccount: 'sub-account',
  createVault: 'sub-account',
  approveAgent: 'key-management',
  approveBuilderFee: 'key-management',
  convertToMultiSigUser: 'key-management',
}

// L1 actions that change no funds' owner and place no order (docs/spec/hyperliquid.md §2).
const OTHER = new Set(['updateLeverage', 'updateIsolatedMargin'])
const BODY_KEYS = new Set(['action', 'vaultAddress', 'expiresAfter'])

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const refused = (reason: string): IntentDescription => ({ kind: 'refused', reason })

// Sizes and prices are decimal strings on the wire; a number is judged as the text it prints as (the signer
// refuses numbers, so nothing judged differently can be signed).
const decimalText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined

/** One order wire `{ a, b, p, s, r, t, c? }` (docs/spec/hyperliquid.md §4.1): the asset index is the symbol. */
function orderOf(wire: unknown, where: string): IntentDescription {
  if (!isRecord(wire)) return refused(`${where} is not an order object`)
  const { a, b, p, s } = wire
  if (typeof a !== 'number' || !Number.isSafeInteger(a) || a < 0 || Object.is(a, -0))
    return refused(
      `${where}.a must be an asset index (a non-negative integer); got ${JSON.stringify(a ?? null)}`,
    )
  if (typeof b !== 'boolean') return refused(`${where}.b must be true (buy) or false (sell)`)
  const quantity = decimalText(s)
  const price = decimalText(p)
  if (quantity === undefined || price === undefined)
    return refused(`${where} needs p and s as decimal strings`)
  // Every Hyperliquid order has a limit price `p`; a trigger order's market fill is bounded by it too.
  return {
    kind: 'order',
    symbol: String(a),
    side: b ? 'buy' : 'sell',
    quantity,
    price,
    quoteQuantity: undefined,
  }
}

// The only element of a list, or why a per-order policy cannot judge it.
function only(list: unknown, name: string): { value: unknown } | { refusal: IntentDescription } {
  if (Array.isArray(list) && list.length === 1) return { value: list[0] }
  const count = Array.isArray(list) ? list.length : 'no'
  return { refusal: refused(`an action with ${count} ${name} cannot be judged per order; send exactly one`) }
}

function describeAction(action: Readonly<Record<string, unknown>>): IntentDescription {
  const type = action.type
  if (typeof type !== 'string') return refused('the action has no "type"')
  if (Object.hasOwn(SENSITIVE, type)) return { kind: SENSITIVE[type]! }
  switch (type) {
    case 'order': {
      const wire = only(action.orders, 'orders')
      return 'refusal' in wire ? wire.refusal : orderOf(wire.value, 'action.orders[0]')
    }
    case 'modify':
      return orderOf(action.order, 'action.order')
    case 'batchModify': {
      const modify = only(action.modifies, 'modifies')
      if ('refusal' in modify) return modify.refusal
      return orderOf(isRecord(modify.value) ? modify.value.order : undefined, 'action.modifies[0].order')
    }
    case 'twapOrder': {
      // A TWAP `{ a, b, s, r, m, t }` trades at market over m minutes: a size and no price.
      const twap = isRecord(action.twap) ? action.twap : {}
      const order = orderOf({ ...twap, p: '0' }, 'action.twap')
      return order.kind === 'order' ? { ...order, price: undefined } : order
    }
    case 'cancel':
    case 'cancelByCloid': {
      const cancels = Array.isArray(action.cancels) ? action.cancels : []
      const only =
        cancels.length === 1 && isRecord(cancels[0]) ? (cancels[0].a ?? cancels[0].asset) : undefined
      return { kind: 'cancel', symbol: typeof only === 'number' ? String(only) : undefined }
    }
    case 'scheduleCancel':
      return { kind: 'cancel', symbol: undefined }
    case 'noop':
      // "does not do anything (no operation), but causes the nonce to be marked as used" (spec §1).
      return { kind: 'read' }
    default:
      return OTHER.has(type)
        ? { kind: 'unknown' }
        : refused(`action type ${JSON.stringify(type)} is not one Signet's policy reader knows`)
  }
}

/**
 * What a Hyperliquid intent does, for a signing policy. Every signed action is `POST /exchange` with the action in
 * the JSON body, so the action's type is judged, not the path; an order action must carry exactly one order, whose
 * symbol is its asset index as text (`"0"` for the first perpetual, `"10000"` + spot index for spot).
 *
 * @example
 * describeHyperliquidIntent({ method: 'POST', path: '/exchange', body: { action: { type: 'order', orders: [{ a: 0, b: true, p: '50000', s: '0.01', r: false, t: { limit: { tif: 'Gtc' } } }], grouping: 'na' } }, security: 'signed' })
 */
export const describeHyperliquidIntent: DescribeIntent = (intent: RequestIntent): IntentDescription => {
  if (intent.path === '/info') return { kind: 'read' }
  if (intent.path !== '/exchange') return intent.method === 'GET' ? { kind: 'read' } : { kind: 'unknown' }
  const stray = [intent.params, intent.form].some((values) => values && Object.keys(values).length > 0)
  if (stray) return refused('Hyperliquid reads only the JSON body; query or form fields cannot be judged')
  const body = intent.body
  if (!isRecord(body))
    return refused('the body must be a JSON object { action, vaultAddress?, expiresAfter? }')
  const extra = Object.keys(body).find((key) => !BODY_KEYS.has(key))
  if (extra !== undefined)
    return refused(`body field "${extra}" is not one the agent signs (the agent adds nonce and signature)`)
  if (!isRecord(body.action)) return refused('the body has no action object')
  return describeAction(body.action)
}
