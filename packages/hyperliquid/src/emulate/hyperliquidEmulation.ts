import type { Emulation, EmulationFailure, EmulationNewOrder, EmulationOrder } from '@signet/core'
import { errMessage, infoAnswer, okAnswer, textAnswer } from '../_responses'
import { hyperliquid } from '../definition'
import { hyperliquidDiagnosis } from '../diagnose/hyperliquidDiagnosis'
import { hyperliquidErrors } from '../errors'
import { hyperliquidRateLimits } from '../rateLimits'
import { hyperliquidVerification } from '../verify/hyperliquidVerification'
import {
  openOrder,
  orderError,
  orderStatus,
  orderStatusAnswer,
  PERPS,
  perpState,
  spotBalances,
} from './_answers'
import { hyperliquidExamples } from './hyperliquidExamples'

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})
const ofType =
  (...types: string[]) =>
  (params: Readonly<Record<string, string>>) =>
    types.includes(params.type ?? '')

/** The accepted action as the verifier re-created it (`params.action`, JSON). */
function actionOf(params: Readonly<Record<string, string>>): Record<string, unknown> {
  try {
    const action = JSON.parse(params.action ?? '{}') as unknown
    return typeof action === 'object' && action !== null ? (action as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

// spec hyperliquid.md "Emulated endpoints": prices have at most 5 significant figures and 6 − szDecimals decimals;
// integer prices are always allowed.
function onTick(price: string, szDecimals: number): boolean {
  if (!price.includes('.')) return true
  const decimals = price.split('.')[1]!.length
  const significant = price.replace('.', '').replace(/^0+/, '').length
  return significant <= 5 && decimals <= 6 - szDecimals
}

/** One order wire `{ a, b, p, s, r, t, c? }` as the book places it, or why it is refused. */
function readOrder(wire: Record<string, unknown>): EmulationNewOrder | EmulationFailure {
  const asset = String(wire.a)
  const perp = PERPS[asset]
  const t = (wire.t ?? {}) as { limit?: { tif?: string } }
  // The action's assets were checked (`read`); a trigger order (`t.trigger`) is not emulated.
  if (!perp || !t.limit) return refuse('bad-parameter', 't')
  const price = String(wire.p)
  const size = String(wire.s)
  if (!onTick(price, perp.szDecimals)) return refuse('bad-parameter', 'price')
  // spec hyperliquid.md "Emulated endpoints": MinTradeNtl, an order must be worth at least $10.
  if (!(Number(price) * Number(size) >= 10)) return refuse('bad-parameter', 'quantity')
  return {
    symbol: asset,
    side: wire.b === true ? 'buy' : 'sell',
    // The SDKs send a market order as an Ioc limit at an aggressive price; the emulator fills it at the market price.
    type: t.limit.tif === 'Ioc' || t.limit.tif === 'FrontendMarket' ? 'market' : 'limit',
    quantity: size,
    price,
    clientOrderId: typeof wire.c === 'string' ? wire.c : undefined,
  }
}

const info = { method: 'POST' as const, path: '/info' }
const exchange = { method: 'POST' as const, path: '/exchange' }

/**
 * How the emulator plays Hyperliquid: `POST /exchange` order (Gtc/Alo limits, Ioc as market), cancel and
 * cancelByCloid, the `noop` the account example sends, and the `POST /info` reads openOrders, orderStatus (by oid or
 * cloid), clearinghouseState, spotClearinghouseState and exchangeStatus (the server time), answered as Hyperliquid's
 * docs show, behind the wallet verifier and the per-IP weight limit. Accounts start with USDC.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [hyperliquidEmulation], keys: { hyperliquid: [{ apiKey: address }] } })
 */
export const hyperliquidEmulation: Emulation = {
  definition: hyperliquid,
  examples: hyperliquidExamples,
  verification: hyperliquidVerification,
  diagnosis: hyperliquidDiagnosis,
  rateLimits: hyperliquidRateLimits,
  // spec hyperliquid.md "Emulated endpoints": perps margin in USDC.
  balances: { USDC: 1_000_000, BTC: 100, ETH: 1000 },
  // Assumed (spec hyperliquid.md "Emulated endpoints"): a cloid is refused once any order of the account had it.
  uniqueClientIds: 'all',
  orderId: (sequence) => String(90_000_000_000 + sequence),
  assets: (symbol) => {
    const perp = PERPS[symbol]
    return perp && [perp.coin, 'USDC']
  },
  routes: [
    {
      action: 'place-batch',
      ...exchange,
      accepts: ofType('order'),
      read({ params }) {
        const action = actionOf(params)
        if (action.type !== 'order' || !Array.isArray(action.orders)) return refuse('bad-parameter', 'type')
        const orders = action.orders as Record<string, unknown>[]
        // An unknown asset refuses the whole action (assumed wording in `failure`).
        if (orders.some((o) => PERPS[String(o.a)] === undefined)) return refuse('bad-parameter', 'asset')
        return orders.map(readOrder)
      },
      answer: (results) => okAnswer({ type: 'order', data: { statuses: results.map(orderStatus) } }),
    },
    {
      action: 'cancel',
      ...exchange,
      accepts: ofType('cancel', 'cancelByCloid'),
      read({ params }) {
        const action = actionOf(params)
        const cancels = Array.isArray(action.cancels) ? (action.cancels as Record<string, unknown>[]) : []
        // The generic book cancels one order per request: a batch is refused, not half done.
        if (cancels.length !== 1) return refuse('bad-parameter', 'cancels')
        const c = cancels[0]!
        return action.type === 'cancel'
          ? { id: String(c.o), symbol: String(c.a) }
          : { clientOrderId: String(c.cloid), symbol: String(c.asset) }
      },
      answer: () => okAnswer({ type: 'cancel', data: { statuses: ['success'] } }),
    },
    {
      // spec hyperliquid.md §1: the account example is `noop`, answered without data.
      action: 'balances',
      ...exchange,
      accepts: ofType('noop'),
      read: () => ({}),
      answer: () => okAnswer({ type: 'default' }),
    },
    {
      action: 'balances',
      ...info,
      accepts: ofType('spotClearinghouseState'),
      read: ({ params }) => (params.user ? {} : refuse('bad-parameter', 'user')),
      answer: (balances) => infoAnswer(spotBalances(balances)),
    },
    {
      action: 'balances',
      ...info,
      accepts: ofType('clearinghouseState'),
      read: ({ params }) => (params.user ? {} : refuse('bad-parameter', 'user')),
      answer: (balances, request) => infoAnswer(perpState(balances, request.serverTime)),
    },
    {
      action: 'query',
      ...info,
      accepts: ofType('orderStatus'),
      read({ params }) {
        if (!params.user) return refuse('bad-parameter', 'user')
        const oid = params.oid ?? ''
        if (/^0x[0-9a-fA-F]{32}$/.test(oid)) return { clientOrderId: oid.toLowerCase() }
        return /^\d+$/.test(oid) ? { id: oid } : refuse('bad-parameter', 'oid')
      },
      answer: (order) => infoAnswer(orderStatusAnswer(order)),
    },
    {
      action: 'open-orders',
      ...info,
      accepts: ofType('openOrders'),
      read: ({ params }) => (params.user ? { symbol: undefined } : refuse('bad-parameter', 'user')),
      answer: (orders: readonly EmulationOrder[]) => infoAnswer(orders.map(openOrder)),
    },
    {
      // Last: routes sharing /info are tried in order, and the first must be a verified (non-time) one.
      action: 'time',
      ...info,
      accepts: ofType('exchangeStatus'),
      read: () => ({}),
      answer: (ms) => infoAnswer({ specialStatuses: null, time: ms }),
    },
  ],
  failure(failure, action, request) {
    // spec hyperliquid.md "Emulated endpoints".
    if (action === 'query' && failure.failure === 'order-not-found')
      return infoAnswer({ status: 'unknownOid' })
    if (action === 'cancel' && failure.failure === 'order-not-found')
      return okAnswer({ type: 'cancel', data: { statuses: [{ error: orderError(failure) }] } })
    const deserialize = (detail: string) =>
      textAnswer(422, hyperliquidErrors.deserialize!.message.replace('{0}', detail))
    if (request.params.action === undefined)
      // An /info read the server cannot deserialise into its request type, or one the emulator does not serve.
      return failure.param === undefined
        ? deserialize(`the emulator does not serve info type \`${request.params.type}\``)
        : deserialize(`missing field \`${failure.param}\``)
    if (failure.param === 'asset') return errMessage('Invalid asset')
    if (failure.param === 'cancels') return errMessage('The emulator cancels one order per action')
    if (failure.param === undefined || failure.param === 'type')
      return errMessage(`The emulator does not serve ${request.params.type} actions`)
    return okAnswer({ type: 'order', data: { statuses: [{ error: orderError(failure) }] } })
  },
  rateLimited(rule) {
    const { status, message } = 'rejection' in rule ? rule.rejection : rule
    return textAnswer(status, message)
  },
}
