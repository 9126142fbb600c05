import type { Emulation, EmulationFailure, EmulationRequest } from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { bybit } from '../definition'
import { bybitDiagnosis } from '../diagnose/bybitDiagnosis'
import { bybitRateLimits } from '../rateLimits'
import { bybitVerification } from '../verify/bybitVerification'
import { envelope, orderAnswer, walletAnswer } from './_answers'
import { bybitExamples } from './bybitExamples'

// spec bybit.md "Emulated endpoints": quote coins of the symbols the emulator lists.
const QUOTES = ['USDT', 'USDC', 'BTC', 'ETH', 'EUR']
const CATEGORIES = new Set(['spot', 'linear', 'inverse', 'option'])

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})

function orderRef({ params }: EmulationRequest) {
  if (!CATEGORIES.has(params.category ?? '')) return refuse('bad-parameter', 'category')
  if (params.orderId === undefined && params.orderLinkId === undefined)
    return refuse('bad-parameter', 'orderId')
  return { symbol: params.symbol, id: params.orderId, clientOrderId: params.orderLinkId }
}

function listOf(category: string | undefined) {
  return { category: category ?? 'linear', nextPageCursor: '' }
}

/**
 * How the emulator plays Bybit V5 (spot and linear): place, query and cancel by `orderId` or `orderLinkId`, open
 * orders, cancel all for a symbol, wallet balance and server time, answered as Bybit's docs show, with per-UID
 * limits per endpoint (10006) and the `X-Bapi-Limit-*` headers.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [bybitEmulation], keys: { bybit: [{ apiKey, secret }] } })
 */
export const bybitEmulation: Emulation = {
  definition: bybit,
  examples: bybitExamples,
  verification: bybitVerification,
  diagnosis: bybitDiagnosis,
  rateLimits: bybitRateLimits,
  uniqueClientIds: 'all',
  orderId: (sequence) => String(1_700_000_000_000_000_000n + BigInt(sequence)),
  assets: (symbol) => symbolAssets(symbol, { quotes: QUOTES }),
  routes: [
    serverTimeRoute('/v5/market/time', (ms) =>
      envelope(ms, {
        timeSecond: String(Math.floor(ms / 1000)),
        timeNano: `${BigInt(Math.floor(ms)) * 1_000_000n}`,
      }),
    ),
    {
      action: 'balances',
      method: 'GET',
      path: '/v5/account/wallet-balance',
      read: ({ params }) => (params.accountType ? {} : refuse('bad-parameter', 'accountType')),
      answer: (balances, { serverTime }) => envelope(serverTime, walletAnswer(balances)),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/v5/order/create',
      read({ params }) {
        if (!CATEGORIES.has(params.category ?? '')) return refuse('bad-parameter', 'category')
        const side = params.side === 'Buy' ? 'buy' : params.side === 'Sell' ? 'sell' : undefined
        const type =
          params.orderType === 'Limit' ? 'limit' : params.orderType === 'Market' ? 'market' : undefined
        if (!params.symbol) return refuse('bad-parameter', 'symbol')
        if (!side) return refuse('bad-parameter', 'side')
        if (!type) return refuse('bad-parameter', 'orderType')
        if (!params.qty) return refuse('bad-parameter', 'qty')
        if (type === 'limit' && !params.price) return refuse('bad-parameter', 'price')
        return {
          symbol: params.symbol,
          side,
          type,
          quantity: params.qty,
          price: params.price,
          clientOrderId: params.orderLinkId,
        }
      },
      answer: (o, { serverTime }) =>
        envelope(serverTime, { orderId: o.id, orderLinkId: o.clientOrderId ?? '' }),
    },
    {
      // spec bybit.md "Emulated endpoints": by orderId or orderLinkId any recent order; otherwise open orders only.
      action: 'query',
      method: 'GET',
      path: '/v5/order/realtime',
      accepts: (params) => params.orderId !== undefined || params.orderLinkId !== undefined,
      read: orderRef,
      answer: (o, { serverTime, params }) =>
        envelope(serverTime, { list: [orderAnswer(o)], ...listOf(params.category) }),
    },
    {
      action: 'open-orders',
      method: 'GET',
      path: '/v5/order/realtime',
      read: ({ params }) =>
        CATEGORIES.has(params.category ?? '')
          ? { symbol: params.symbol }
          : refuse('bad-parameter', 'category'),
      answer: (orders, { serverTime, params }) =>
        envelope(serverTime, { list: orders.map(orderAnswer), ...listOf(params.category) }),
    },
    {
      action: 'cancel',
      method: 'POST',
      path: '/v5/order/cancel',
      read: orderRef,
      answer: (o, { serverTime }) =>
        envelope(serverTime, { orderId: o.id, orderLinkId: o.clientOrderId ?? '' }),
    },
    {
      action: 'cancel-all',
      method: 'POST',
      path: '/v5/order/cancel-all',
      read: ({ params }) =>
        CATEGORIES.has(params.category ?? '')
          ? { symbol: params.symbol }
          : refuse('bad-parameter', 'category'),
      answer: (orders, { serverTime }) =>
        envelope(serverTime, {
          list: orders.map((o) => ({ orderId: o.id, orderLinkId: o.clientOrderId ?? '' })),
          success: '1',
        }),
    },
  ],
  failure({ failure, param }, action, { serverTime, params }) {
    // spec bybit.md "Emulated endpoints": docs/v5/error.mdx codes; business errors come with HTTP 200.
    const error = (code: number, message: string) => envelope(serverTime, {}, code, message)
    switch (failure) {
      case 'order-not-found':
        // A query by id that finds nothing is an empty list, not an error.
        if (action === 'query') return envelope(serverTime, { list: [], ...listOf(params.category) })
        return error(110001, 'Order does not exist.')
      case 'duplicate-order':
        return error(110072, 'OrderLinkedID is duplicate')
      case 'insufficient-balance':
        return params.category === 'spot'
          ? error(170131, 'Insufficient balance.')
          : error(110007, 'Available balance is insufficient')
      case 'bad-parameter':
        return error(10001, `params error: ${param ?? 'unknown'} invalid`)
    }
  },
  rateLimited(rule, _limit, { serverTime }) {
    const rejection = 'rejection' in rule ? rule.rejection : rule
    // The IP limit answers a bare 403 page; the per-UID limit Bybit's envelope with 10006.
    if (rejection.status === 403)
      return { status: 403, headers: { 'content-type': 'text/plain' }, body: rejection.message }
    return envelope(serverTime, {}, Number(rejection.code), rejection.message, rejection.status)
  },
}
