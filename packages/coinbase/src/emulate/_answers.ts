import type { EmulationBalance, EmulationOrder } from '@signet/core'

// Answers shaped as docs/spec/coinbase.md §12 ("Emulated endpoints") cites: the Advanced Trade API reference
// examples, with values as live answers show them.

const STATUS = { open: 'OPEN', filled: 'FILLED', canceled: 'CANCELLED' } as const

/** A deterministic UUID-shaped id for `n` (Coinbase's ids are UUIDs). @internal */
export function uuidFor(prefix: string, n: number): string {
  const hex = n.toString(16).padStart(12, '0').slice(-12)
  return `${prefix}-0000-4000-8000-${hex}`
}

/** The order_configuration as the request sent it, or built from the order. */
function configurationOf(o: EmulationOrder): unknown {
  try {
    const sent: unknown = JSON.parse(o.params.order_configuration ?? '')
    if (sent !== null && typeof sent === 'object' && !Array.isArray(sent)) return sent
  } catch {
    // Not JSON: fall through.
  }
  return o.type === 'market'
    ? { market_market_ioc: { base_size: o.quantity } }
    : { limit_limit_gtc: { base_size: o.quantity, limit_price: o.price ?? '', post_only: false } }
}

/** One order of Get Order and List Orders. @internal */
export function orderAnswer(o: EmulationOrder, userId: string) {
  const filled = o.status === 'filled'
  const price = Number(o.fillPrice ?? 0)
  const value = filled ? String(Number((Number(o.quantity) * price).toFixed(8))) : '0'
  const held = o.status === 'open' ? String(Number((Number(o.quantity) * Number(o.price)).toFixed(8))) : '0'
  return {
    order_id: o.id,
    product_id: o.symbol,
    user_id: userId,
    order_configuration: configurationOf(o),
    side: o.side === 'buy' ? 'BUY' : 'SELL',
    client_order_id: o.clientOrderId ?? '',
    status: STATUS[o.status],
    time_in_force: o.type === 'market' ? 'IMMEDIATE_OR_CANCEL' : 'GOOD_UNTIL_CANCELLED',
    created_time: new Date(o.createdAt).toISOString(),
    completion_percentage: filled ? '100' : '0',
    filled_size: filled ? o.quantity : '0',
    average_filled_price: filled ? (o.fillPrice ?? '0') : '0',
    fee: '',
    number_of_fills: filled ? '1' : '0',
    filled_value: value,
    pending_cancel: false,
    size_in_quote: false,
    total_fees: '0',
    size_inclusive_of_fees: false,
    total_value_after_fees: value,
    trigger_status: 'INVALID_ORDER_TYPE',
    order_type: o.type === 'market' ? 'MARKET' : 'LIMIT',
    reject_reason: 'REJECT_REASON_UNSPECIFIED',
    settled: filled,
    product_type: 'SPOT',
    reject_message: '',
    cancel_message: o.status === 'canceled' ? 'User requested cancel' : '',
    order_placement_source: 'RETAIL_ADVANCED',
    outstanding_hold_amount: held,
    is_liquidation: false,
    last_fill_time: filled ? new Date(o.updatedAt).toISOString() : null,
    edit_history: [],
    leverage: '',
    margin_type: 'UNKNOWN_MARGIN_TYPE',
    retail_portfolio_id: uuidFor('5f0f0f0f', 1),
    originating_order_id: '',
    attached_order_id: '',
  }
}

/** GET /api/v3/brokerage/accounts: one account per asset, available and held funds. @internal */
export function accountsAnswer(balances: readonly EmulationBalance[], now: number) {
  const created = new Date(now - 86_400_000).toISOString()
  const accounts = balances.map((b, i) => ({
    uuid: uuidFor('8bfc20d7', i + 1),
    name: `${b.asset} Wallet`,
    currency: b.asset,
    available_balance: { value: b.free, currency: b.asset },
    default: false,
    active: true,
    created_at: created,
    updated_at: new Date(now).toISOString(),
    deleted_at: null,
    type: b.asset === 'USD' || b.asset === 'EUR' ? 'ACCOUNT_TYPE_FIAT' : 'ACCOUNT_TYPE_CRYPTO',
    ready: true,
    hold: { value: b.locked, currency: b.asset },
    retail_portfolio_id: uuidFor('5f0f0f0f', 1),
    platform: 'ACCOUNT_PLATFORM_CONSUMER',
  }))
  return { accounts, has_next: false, cursor: '', size: accounts.length }
}
