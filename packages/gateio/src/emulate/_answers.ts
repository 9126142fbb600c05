import type { EmulationOrder, WireResponse } from '@signet/core'

// Answers shaped as docs/spec/gateio.md ("Emulated endpoints") cites: the APIv4 docs' example responses.

/** A Gate.io JSON answer (no envelope; errors are `{ label, message }`). @internal */
export const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

const seconds = (ms: number) => String(Math.floor(ms / 1000))

/** An order as POST/GET/DELETE /api/v4/spot/orders answer it (the FULL form). @internal */
export function orderAnswer(o: EmulationOrder) {
  const filled = o.status === 'filled'
  const [base, quote] = o.symbol.split('_')
  const total = filled ? String(Number(o.quantity) * Number(o.fillPrice)) : '0'
  return {
    id: o.id,
    text: o.clientOrderId ?? 'apiv4',
    amend_text: '-',
    create_time: seconds(o.createdAt),
    update_time: seconds(o.updatedAt),
    create_time_ms: o.createdAt,
    update_time_ms: o.updatedAt,
    status: o.status === 'open' ? 'open' : o.status === 'filled' ? 'closed' : 'cancelled',
    currency_pair: o.symbol,
    type: o.type,
    account: o.params.account ?? 'spot',
    side: o.side,
    amount: o.params.amount ?? o.quantity,
    price: o.price ?? '0',
    time_in_force: o.params.time_in_force ?? (o.type === 'market' ? 'ioc' : 'gtc'),
    iceberg: '0',
    left: o.status === 'open' ? o.quantity : '0',
    filled_amount: filled ? o.quantity : '0',
    fill_price: total,
    filled_total: total,
    avg_deal_price: filled ? (o.fillPrice ?? '0') : '0',
    fee: '0',
    fee_currency: o.side === 'buy' ? (base ?? '') : (quote ?? ''),
    point_fee: '0',
    gt_fee: '0',
    gt_maker_fee: '0',
    gt_taker_fee: '0',
    gt_discount: false,
    rebated_fee: '0',
    rebated_fee_currency: quote ?? '',
    finish_as: o.status === 'open' ? 'open' : o.status === 'filled' ? 'filled' : 'cancelled',
  }
}
