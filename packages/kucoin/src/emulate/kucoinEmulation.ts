import type { Emulation, EmulationFailure } from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { kucoin } from '../definition'
import { kucoinDiagnosis } from '../diagnose/kucoinDiagnosis'
import { kucoinRateLimits } from '../rateLimits'
import { kucoinVerification } from '../verify/kucoinVerification'
import { fail, ok, orderAnswer } from './_answers'
import { kucoinExamples } from './kucoinExamples'

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})

/**
 * How the emulator plays KuCoin spot (classic orders): place, query and cancel by order id or `clientOid` (in the
 * path), active orders, cancel all for a symbol, accounts and server time, answered as KuCoin's docs show, with the
 * Spot and Public resource pools (429000) and the `gw-ratelimit-*` headers.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [kucoinEmulation], keys: { kucoin: [{ apiKey, secret, passphrase }] } })
 */
export const kucoinEmulation: Emulation = {
  definition: kucoin,
  examples: kucoinExamples,
  verification: kucoinVerification,
  diagnosis: kucoinDiagnosis,
  rateLimits: kucoinRateLimits,
  uniqueClientIds: 'all',
  // 24 hex digits, like the docs' "5bd6e9286d99522a52e458de".
  orderId: (sequence) => (0x5c35c02703aa673ceec2a168n + BigInt(sequence)).toString(16),
  assets: (symbol) => symbolAssets(symbol, { separator: '-' }),
  routes: [
    serverTimeRoute('/api/v1/timestamp', (ms) => ok(Math.floor(ms), 'success')),
    {
      action: 'balances',
      method: 'GET',
      path: '/api/v1/accounts',
      read: () => ({}),
      answer: (balances, { params }) =>
        ok(
          balances
            .filter((b) => params.currency === undefined || b.asset === params.currency)
            .map((b, i) => ({
              id: (0x5bd6e9286d99522a52e458den + BigInt(i)).toString(16),
              currency: b.asset,
              type: params.type ?? 'trade',
              balance: String(Number(b.free) + Number(b.locked)),
              available: b.free,
              holds: b.locked,
            })),
        ),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/api/v1/orders',
      read({ params }) {
        const side = params.side === 'buy' || params.side === 'sell' ? params.side : undefined
        // spec kucoin.md "Emulated endpoints": `type` defaults to limit.
        const type =
          (params.type ?? 'limit') === 'limit' ? 'limit' : params.type === 'market' ? 'market' : undefined
        if (!params.symbol) return refuse('bad-parameter', 'symbol')
        if (!side) return refuse('bad-parameter', 'side')
        if (!type) return refuse('bad-parameter', 'type')
        if (!params.size) return refuse('bad-parameter', 'size')
        if (type === 'limit' && !params.price) return refuse('bad-parameter', 'price')
        return {
          symbol: params.symbol,
          side,
          type,
          quantity: params.size,
          price: params.price,
          clientOrderId: params.clientOid,
        }
      },
      answer: (o) => ok({ orderId: o.id }),
    },
    {
      action: 'query',
      method: 'GET',
      path: '/api/v1/orders/{orderId}',
      read: ({ pathParams }) => ({ id: pathParams.orderId }),
      answer: (o) => ok(orderAnswer(o)),
    },
    {
      action: 'query',
      method: 'GET',
      path: '/api/v1/order/client-order/{clientOid}',
      read: ({ pathParams }) => ({ clientOrderId: pathParams.clientOid }),
      answer: (o) => ok(orderAnswer(o)),
    },
    {
      action: 'open-orders',
      method: 'GET',
      path: '/api/v1/orders',
      read: ({ params }) => ({ symbol: params.symbol }),
      answer: (orders, { params }) => {
        // spec kucoin.md "Emulated endpoints": `status=active` lists open orders; `done` (the default) lists none here.
        const items = params.status === 'active' ? orders.map(orderAnswer) : []
        const pageSize = Number(params.pageSize ?? 50)
        return ok({
          currentPage: 1,
          pageSize,
          totalNum: items.length,
          totalPage: items.length > 0 ? 1 : 0,
          items,
        })
      },
    },
    {
      action: 'cancel',
      method: 'DELETE',
      path: '/api/v1/orders/{orderId}',
      read: ({ pathParams }) => ({ id: pathParams.orderId }),
      answer: (o) => ok({ cancelledOrderIds: [o.id] }),
    },
    {
      action: 'cancel',
      method: 'DELETE',
      path: '/api/v1/order/client-order/{clientOid}',
      read: ({ pathParams }) => ({ clientOrderId: pathParams.clientOid }),
      answer: (o) => ok({ cancelledOrderId: o.id, clientOid: o.clientOrderId ?? '' }),
    },
    {
      action: 'cancel-all',
      method: 'DELETE',
      path: '/api/v1/orders',
      read: ({ params }) => ({ symbol: params.symbol }),
      answer: (orders) => ok({ cancelledOrderIds: orders.map((o) => o.id) }),
    },
  ],
  failure({ failure, param }, action) {
    // spec kucoin.md "Emulated endpoints": system error codes; business errors come with HTTP 200.
    switch (failure) {
      case 'order-not-found':
        return action === 'query'
          ? fail('400100', 'order not exist.')
          : fail('400100', 'order_not_exist_or_not_allow_to_cancel')
      case 'duplicate-order':
        return fail('400100', 'The clientOid is duplicated')
      case 'insufficient-balance':
        return fail('200004', 'Balance insufficient!')
      case 'bad-parameter':
        return fail('400100', `${param ?? 'Parameter'} is invalid`)
    }
  },
  rateLimited(rule) {
    const rejection = 'rejection' in rule ? rule.rejection : rule
    return fail(rejection.code, rejection.message, rejection.status)
  },
}
