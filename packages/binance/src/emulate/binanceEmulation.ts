import type {
  Emulation,
  EmulationFailure,
  EmulationNewOrder,
  EmulationRequest,
  RateBan,
  RateBucket,
} from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { binance } from '../definition'
import { binanceDiagnosis } from '../diagnose/binanceDiagnosis'
import { binanceRateLimits } from '../rateLimits'
import { binanceVerification } from '../verify/binanceVerification'
import { cancelAnswer, json, placeAnswer, queryAnswer } from './_answers'
import { usdmBalanceAnswer, usdmOrderAnswer, usdmQueryAnswer } from './_usdmAnswers'
import { binanceExamples } from './binanceExamples'

// spec binance.md "Emulated endpoints": quote assets of the symbols the emulator lists.
const QUOTES = ['USDT', 'USDC', 'FDUSD', 'BTC', 'ETH', 'BNB', 'EUR', 'TRY']

const ok = (body: unknown) => json(200, body)
const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})
const mandatory = (name: string) =>
  json(400, { code: -1102, msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.` })

/** Reads which order a query or cancel names: `orderId` and/or `origClientOrderId`, both with `symbol`. */
function orderRef({ params }: EmulationRequest) {
  if (!params.symbol) return refuse('bad-parameter', 'symbol')
  if (params.orderId === undefined && params.origClientOrderId === undefined)
    return refuse('bad-parameter', 'orderId|origClientOrderId')
  return { symbol: params.symbol, id: params.orderId, clientOrderId: params.origClientOrderId }
}

/** A spot or USDⓈ-M new order: the same mandatory parameters on both (spec binance.md "Emulated endpoints"). */
function readNewOrder({ params }: EmulationRequest): EmulationNewOrder | EmulationFailure {
  for (const name of ['symbol', 'side', 'type'] as const)
    if (!params[name]) return refuse('bad-parameter', name)
  const type = params.type === 'LIMIT' ? 'limit' : params.type === 'MARKET' ? 'market' : undefined
  const side = params.side === 'BUY' ? 'buy' : params.side === 'SELL' ? 'sell' : undefined
  if (!type) return refuse('bad-parameter', 'type')
  if (!side) return refuse('bad-parameter', 'side')
  if (!params.quantity) return refuse('bad-parameter', 'quantity')
  if (type === 'limit' && !params.price) return refuse('bad-parameter', 'price')
  if (type === 'limit' && !params.timeInForce) return refuse('bad-parameter', 'timeInForce')
  return {
    symbol: params.symbol!,
    side,
    type,
    quantity: params.quantity,
    price: params.price,
    clientOrderId: params.newClientOrderId,
  }
}

// A client id Binance makes up: 22 letters and digits, like the docs' "6gCrw2kRUAF9CvJDGP16IP".
const made = (seed: number) => `signet${seed.toString(36).padStart(16, '0')}`

/**
 * How the emulator plays Binance spot: place, query and cancel by `orderId` or client id, open orders, cancel all
 * for a symbol, account and server time, answered as Binance's docs show, with its rate limits and error codes.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [binanceEmulation], keys: { binance: [{ apiKey, secret }] } })
 */
export const binanceEmulation: Emulation = {
  definition: binance,
  examples: binanceExamples,
  verification: binanceVerification,
  diagnosis: binanceDiagnosis,
  rateLimits: binanceRateLimits,
  // spec binance.md "Emulated endpoints": "A unique id among open orders. Automatically generated if not sent."
  uniqueClientIds: 'open',
  orderId: (sequence) => String(sequence),
  defaultClientOrderId: (sequence) => made(sequence),
  assets: (symbol) => symbolAssets(symbol, { quotes: QUOTES }),
  routes: [
    serverTimeRoute('/api/v3/time', (serverTime) => ok({ serverTime })),
    {
      action: 'balances',
      method: 'GET',
      path: '/api/v3/account',
      read: () => ({}),
      answer: (balances, { serverTime, params }) =>
        ok({
          makerCommission: 15,
          takerCommission: 15,
          buyerCommission: 0,
          sellerCommission: 0,
          commissionRates: {
            maker: '0.00150000',
            taker: '0.00150000',
            buyer: '0.00000000',
            seller: '0.00000000',
          },
          canTrade: true,
          canWithdraw: true,
          canDeposit: true,
          brokered: false,
          requireSelfTradePrevention: false,
          preventSor: false,
          updateTime: serverTime,
          accountType: 'SPOT',
          balances: balances
            .filter((b) => params.omitZeroBalances !== 'true' || Number(b.free) + Number(b.locked) > 0)
            .map((b) => ({
              asset: b.asset,
              free: Number(b.free).toFixed(8),
              locked: Number(b.locked).toFixed(8),
            })),
          permissions: ['SPOT'],
          uid: 354937868,
        }),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/api/v3/order',
      read: readNewOrder,
      answer: (order, { params }) => ok(placeAnswer(order, params.newOrderRespType)),
    },
    {
      action: 'query',
      method: 'GET',
      path: '/api/v3/order',
      read: orderRef,
      answer: (o) => ok(queryAnswer(o)),
    },
    {
      action: 'cancel',
      method: 'DELETE',
      path: '/api/v3/order',
      read: orderRef,
      answer: (o, { params, serverTime }) =>
        ok(cancelAnswer(o, params.newClientOrderId ?? made(serverTime), serverTime)),
    },
    {
      action: 'open-orders',
      method: 'GET',
      path: '/api/v3/openOrders',
      read: ({ params }) => ({ symbol: params.symbol }),
      answer: (orders) => ok(orders.map(queryAnswer)),
    },
    {
      action: 'cancel-all',
      method: 'DELETE',
      path: '/api/v3/openOrders',
      read: ({ params }) => (params.symbol ? { symbol: params.symbol } : refuse('bad-parameter', 'symbol')),
      answer: (orders, { serverTime }) =>
        ok(orders.map((o, i) => cancelAnswer(o, made(serverTime + i), serverTime))),
    },
    // USDⓈ-M futures on their own ledger (spec binance.md "Emulated endpoints"): fapi orders and balances are not spot's.
    serverTimeRoute('/fapi/v1/time', (serverTime) => ok({ serverTime }), 'usdm'),
    {
      action: 'balances',
      method: 'GET',
      path: '/fapi/v3/balance',
      book: 'usdm',
      read: () => ({}),
      answer: (balances, { serverTime }) => ok(usdmBalanceAnswer(balances, serverTime)),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/fapi/v1/order',
      book: 'usdm',
      read: readNewOrder,
      answer: (o) => ok(usdmOrderAnswer(o)),
    },
    {
      action: 'query',
      method: 'GET',
      path: '/fapi/v1/order',
      book: 'usdm',
      read: orderRef,
      answer: (o) => ok(usdmQueryAnswer(o)),
    },
    {
      action: 'cancel',
      method: 'DELETE',
      path: '/fapi/v1/order',
      book: 'usdm',
      read: orderRef,
      answer: (o) => ok(usdmOrderAnswer(o)),
    },
    {
      action: 'open-orders',
      method: 'GET',
      path: '/fapi/v1/openOrders',
      book: 'usdm',
      read: ({ params }) => ({ symbol: params.symbol }),
      answer: (orders) => ok(orders.map(usdmQueryAnswer)),
    },
    {
      action: 'cancel-all',
      method: 'DELETE',
      path: '/fapi/v1/allOpenOrders',
      book: 'usdm',
      read: ({ params }) => (params.symbol ? { symbol: params.symbol } : refuse('bad-parameter', 'symbol')),
      answer: () => ok({ code: 200, msg: 'The operation of cancel all open order is done.' }),
    },
  ],
  failure({ failure, param }, action, { path }) {
    // spec binance.md "Emulated endpoints": USDⓈ-M answers these two with its own codes (futures error-code page).
    const futures = path?.startsWith('/fapi/') === true
    // spec binance.md "Emulated endpoints": errors.md codes and messages.
    switch (failure) {
      case 'order-not-found':
        return action === 'query'
          ? json(400, { code: -2013, msg: 'Order does not exist.' })
          : json(400, { code: -2011, msg: 'Unknown order sent.' })
      case 'duplicate-order':
        if (futures) return json(400, { code: -4116, msg: 'ClientOrderId is duplicated.' })
        return json(400, { code: -2010, msg: 'Duplicate order sent.' })
      case 'insufficient-balance':
        if (futures) return json(400, { code: -2019, msg: 'Margin is insufficient.' })
        return json(400, { code: -2010, msg: 'Account has insufficient balance for requested action.' })
      case 'bad-parameter':
        if (param === 'orderId|origClientOrderId')
          return json(400, {
            code: -1102,
            msg: "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!",
          })
        if (param === 'symbol' && action === 'place')
          return json(400, { code: -1121, msg: 'Invalid symbol.' })
        return mandatory(param ?? 'symbol')
    }
  },
  rateLimited(rule: RateBucket | RateBan, limit, { serverTime }, retryAfterMs) {
    const rejection = 'rejection' in rule ? rule.rejection : rule
    // errors.md -1003/-1015: the 429 names the limit, the 418 the epoch ms its ban ends.
    const value = 'rejection' in rule ? limit : serverTime + retryAfterMs
    const filled = rejection.message.replace('%s', String(value))
    return json(rejection.status, { code: Number(rejection.code), msg: filled })
  },
}
