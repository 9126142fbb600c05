import type { EmulationBalance, EmulationOrder, WireResponse } from '@signet/core'

// Answers shaped as docs/spec/kraken.md "Emulated endpoints" cites: the Spot REST reference examples.

/** Kraken's envelope: `{ error: [], result }`, or the error strings with an empty result (spec kraken.md §5). @internal */
export function envelope(result: unknown, errors: string[] = []): WireResponse {
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: errors, result: errors.length ? {} : result }),
  }
}

// Kraken's asset codes for the emulator's assets (Balance keys): XBT for BTC, X/Z prefixes on the oldest ones.
const CODES: Readonly<Record<string, string>> = { BTC: 'XXBT', ETH: 'XETH', USD: 'ZUSD', EUR: 'ZEUR' }

/** POST /0/private/Balance: total (free + held) per Kraken asset code. @internal */
export function balanceAnswer(balances: readonly EmulationBalance[]) {
  return Object.fromEntries(
    balances.map((b) => [
      CODES[b.asset] ?? b.asset,
      (Number(b.free) + Number(b.locked)).toFixed(b.asset === 'USD' || b.asset === 'EUR' ? 4 : 8),
    ]),
  )
}

const vol = (n: string) => Number(n).toFixed(8)
const STATUS = { open: 'open', filled: 'closed', canceled: 'canceled' } as const

/** The `descr.order` text: `buy 0.00100000 XBTUSDT @ limit 20000`. @internal */
export const describeOrder = (o: EmulationOrder) =>
  `${o.side} ${vol(o.quantity)} ${o.symbol} @ ${o.type === 'limit' ? `limit ${o.price}` : 'market'}`

/** One order of OpenOrders, or of QueryOrders (`query`: with reason, closetm and trades where they apply). @internal */
export function orderAnswer(o: EmulationOrder, query: boolean) {
  const filled = o.status === 'filled'
  const closed = o.status !== 'open'
  const price = filled ? Number(o.fillPrice) : 0
  const out: Record<string, unknown> = { refid: 'None', userref: Number(o.params.userref ?? 0) }
  if (o.clientOrderId !== undefined) out.cl_ord_id = o.clientOrderId
  out.status = STATUS[o.status]
  if (query) out.reason = null
  out.opentm = o.createdAt / 1000
  if (query && closed) out.closetm = o.updatedAt / 1000
  Object.assign(out, {
    starttm: 0,
    expiretm: 0,
    descr: {
      pair: o.symbol,
      type: o.side,
      ordertype: o.type,
      price: o.price ?? '0',
      price2: '0',
      leverage: 'none',
      order: describeOrder(o),
      close: '',
    },
    vol: vol(o.quantity),
    vol_exec: filled ? vol(o.quantity) : vol('0'),
    cost: filled ? (Number(o.quantity) * price).toFixed(5) : '0.00000',
    fee: '0.00000',
    price: filled ? price.toFixed(5) : '0.00000',
    stopprice: '0.00000',
    limitprice: '0.00000',
    misc: '',
    oflags: 'fciq',
  })
  if (query && filled) out.trades = [`T${o.id.slice(1)}`]
  return out
}
