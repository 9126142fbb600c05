import type {
  Emulation,
  EmulationFailure,
  EmulationNewOrder,
  EmulationOrder,
  EmulationRequest,
} from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { okx } from '../definition'
import { okxDiagnosis } from '../diagnose/okxDiagnosis'
import { okxRateLimits } from '../rateLimits'
import { okxVerification } from '../verify/okxVerification'
import { balanceAnswer, envelope, orderAnswer } from './_answers'
import { okxExamples } from './okxExamples'

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})

// spec okx.md "Emulated endpoints": the fields every spot order needs, for a single order or a batch item.
function readNewOrder(params: Readonly<Record<string, string>>): EmulationNewOrder | EmulationFailure {
  for (const name of ['instId', 'tdMode', 'side', 'ordType', 'sz'] as const)
    if (!params[name]) return refuse('bad-parameter', name)
  const side = params.side === 'buy' || params.side === 'sell' ? params.side : undefined
  const type = params.ordType === 'limit' || params.ordType === 'market' ? params.ordType : undefined
  if (!side) return refuse('bad-parameter', 'side')
  if (!type) return refuse('bad-parameter', 'ordType')
  if (type === 'limit' && !params.px) return refuse('bad-parameter', 'px')
  return {
    symbol: params.instId!,
    side,
    type,
    quantity: params.sz!,
    price: params.px,
    clientOrderId: params.clOrdId || undefined,
  }
}

/** The `sCode`/`sMsg` of one refused order operation (spec okx.md "Emulated endpoints"). */
function orderFailure(
  { failure, param }: EmulationFailure,
  params: Readonly<Record<string, string>>,
): [sCode: string, sMsg: string] {
  switch (failure) {
    case 'order-not-found':
      return ['51400', 'Order cancellation failed as the order has been filled, canceled or does not exist.']
    case 'duplicate-order':
      return ['51016', 'Duplicated clOrdId']
    case 'insufficient-balance': {
      const [base, quote] = (params.instId ?? '-').split('-')
      return [
        '51008',
        `Order failed. Insufficient ${params.side === 'sell' ? base : quote} balance in account.`,
      ]
    }
    case 'bad-parameter':
      return ['51000', `Parameter ${param ?? ''} error`]
  }
}

const isFailure = (x: EmulationNewOrder | EmulationOrder | EmulationFailure): x is EmulationFailure =>
  'failure' in x

function orderRef({ params }: EmulationRequest) {
  if (!params.instId) return refuse('bad-parameter', 'instId')
  if (params.ordId === undefined && params.clOrdId === undefined) return refuse('bad-parameter', 'ordId')
  return { symbol: params.instId, id: params.ordId, clientOrderId: params.clOrdId }
}

/**
 * How the emulator plays OKX V5 spot: place (one order or a batch of up to 20, which may partly succeed), query and
 * cancel by `ordId` or `clOrdId`, pending orders, balance and server time, answered as OKX's docs show, with per-endpoint limits per User ID (50011). OKX has no cancel-all for
 * a spot instrument, so none is emulated.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [okxEmulation], keys: { okx: [{ apiKey, secret, passphrase }] } })
 */
export const okxEmulation: Emulation = {
  definition: okx,
  examples: okxExamples,
  verification: okxVerification,
  diagnosis: okxDiagnosis,
  rateLimits: okxRateLimits,
  uniqueClientIds: 'all',
  orderId: (sequence) => String(680_800_000_000_000_000n + BigInt(sequence)),
  assets: (symbol) => symbolAssets(symbol, { separator: '-' }),
  routes: [
    serverTimeRoute('/api/v5/public/time', (ms) => envelope([{ ts: String(Math.floor(ms)) }])),
    {
      action: 'balances',
      method: 'GET',
      path: '/api/v5/account/balance',
      read: () => ({}),
      answer: (balances, { serverTime, params }) =>
        envelope([
          balanceAnswer(
            params.ccy ? balances.filter((b) => params.ccy!.split(',').includes(b.asset)) : balances,
            serverTime,
          ),
        ]),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/api/v5/trade/order',
      read: ({ params }) => readNewOrder(params),
      answer: (o, { serverTime }) =>
        envelope(
          [
            {
              clOrdId: o.clientOrderId ?? '',
              ordId: o.id,
              tag: o.params.tag ?? '',
              ts: String(serverTime),
              sCode: '0',
              sMsg: '',
            },
          ],
          '0',
          '',
          serverTime,
        ),
    },
    {
      // spec okx.md "Batch orders": up to 20 orders, each placed or refused on its own; the envelope's code is
      // "0" (all placed), "1" (none) or "2" (some), and each row carries its own sCode/sMsg.
      action: 'place-batch',
      method: 'POST',
      path: '/api/v5/trade/batch-orders',
      read({ items }) {
        if (!items || items.length === 0) return refuse('bad-parameter', 'instId')
        if (items.length > 20) return refuse('bad-parameter', 'orders')
        return items.map(readNewOrder)
      },
      answer: (results, { serverTime, items = [] }) => {
        const rows = results.map((result, i) => {
          const params = items[i] ?? {}
          const [sCode, sMsg] = isFailure(result) ? orderFailure(result, params) : ['0', '']
          return {
            clOrdId: isFailure(result) ? (params.clOrdId ?? '') : (result.clientOrderId ?? ''),
            ordId: isFailure(result) ? '' : result.id,
            tag: params.tag ?? '',
            ts: String(serverTime),
            sCode,
            sMsg,
          }
        })
        const failed = rows.filter((row) => row.sCode !== '0').length
        const code = failed === 0 ? '0' : failed === rows.length ? '1' : '2'
        return envelope(rows, code, '', serverTime)
      },
    },
    {
      action: 'query',
      method: 'GET',
      path: '/api/v5/trade/order',
      read: orderRef,
      answer: (o) => envelope([orderAnswer(o)]),
    },
    {
      action: 'open-orders',
      method: 'GET',
      path: '/api/v5/trade/orders-pending',
      read: ({ params }) => ({ symbol: params.instId }),
      answer: (orders) => envelope(orders.map(orderAnswer)),
    },
    {
      action: 'cancel',
      method: 'POST',
      path: '/api/v5/trade/cancel-order',
      read: orderRef,
      answer: (o, { serverTime }) =>
        envelope(
          [{ clOrdId: o.clientOrderId ?? '', ordId: o.id, ts: String(serverTime), sCode: '0', sMsg: '' }],
          '0',
          '',
          serverTime,
        ),
    },
  ],
  failure({ failure, param }, action, { serverTime, params }) {
    // spec okx.md "Emulated endpoints": a failed order is code "1" with the order's sCode; other errors code + empty data.
    const failedOrder = (sCode: string, sMsg: string) => {
      const row: Record<string, string> = { clOrdId: params.clOrdId ?? '', ordId: params.ordId ?? '' }
      if (action === 'place') row.tag = params.tag ?? ''
      Object.assign(row, { ts: String(serverTime), sCode, sMsg })
      return envelope([row], '1', 'All operations failed', serverTime)
    }
    if (failure === 'order-not-found' && action === 'query')
      return envelope([], '51603', 'Order does not exist')
    if (failure === 'bad-parameter') {
      return { ...envelope([], '51000', `Parameter ${param ?? ''} error`), status: 400 }
    }
    const [sCode, sMsg] = orderFailure({ failure, param }, params)
    return failedOrder(sCode, sMsg)
  },
  rateLimited(rule) {
    const rejection = 'rejection' in rule ? rule.rejection : rule
    return envelope([], rejection.code, rejection.message, undefined, rejection.status)
  },
}
