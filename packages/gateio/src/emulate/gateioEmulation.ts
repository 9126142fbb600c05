import type { Emulation, EmulationFailure, EmulationRequest } from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { gateio } from '../definition'
import { gateioDiagnosis } from '../diagnose/gateioDiagnosis'
import { gateioRateLimits } from '../rateLimits'
import { gateioVerification } from '../verify/gateioVerification'
import { json, orderAnswer } from './_answers'
import { gateioExamples } from './gateioExamples'

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})
// spec gateio.md "Emulated endpoints": custom ids (`text`) start with "t-" and are at most 28 bytes.
const TEXT = /^t-[A-Za-z0-9_.-]{1,26}$/

/** `{order_id}` is the exchange's id, or the custom `text` id of a pending order. */
function orderRef({ pathParams, params }: EmulationRequest) {
  if (!params.currency_pair) return refuse('bad-parameter', 'currency_pair')
  const id = pathParams.order_id ?? ''
  return id.startsWith('t-')
    ? { symbol: params.currency_pair, clientOrderId: id }
    : { symbol: params.currency_pair, id }
}

/**
 * How the emulator plays Gate.io APIv4 spot: place, query and cancel by order id or `text` id, open orders,
 * cancel all for a pair, spot accounts and server time, answered as Gate's docs show, with per-UID limits and the
 * `X-Gate-RateLimit-*` headers.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [gateioEmulation], keys: { gateio: [{ apiKey, secret }] } })
 */
export const gateioEmulation: Emulation = {
  definition: gateio,
  examples: gateioExamples,
  verification: gateioVerification,
  diagnosis: gateioDiagnosis,
  rateLimits: gateioRateLimits,
  // Gate.io documents no uniqueness for `text`; a query by `text` finds the latest pending order.
  uniqueClientIds: 'none',
  orderId: (sequence) => String(1_852_454_420 + sequence),
  assets: (symbol) => symbolAssets(symbol, { separator: '_' }),
  routes: [
    serverTimeRoute('/api/v4/spot/time', (ms) => json(200, { server_time: Math.floor(ms) })),
    {
      action: 'balances',
      method: 'GET',
      path: '/api/v4/spot/accounts',
      read: () => ({}),
      answer: (balances, { params, serverTime }) =>
        json(
          200,
          balances
            .filter((b) => params.currency === undefined || b.asset === params.currency)
            .map((b) => ({
              currency: b.asset,
              available: b.free,
              locked: b.locked,
              update_id: Math.floor(serverTime / 1000),
            })),
        ),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/api/v4/spot/orders',
      read({ params }) {
        if (!params.currency_pair) return refuse('bad-parameter', 'currency_pair')
        const side = params.side === 'buy' || params.side === 'sell' ? params.side : undefined
        const type =
          (params.type ?? 'limit') === 'limit' ? 'limit' : params.type === 'market' ? 'market' : undefined
        if (!side) return refuse('bad-parameter', 'side')
        if (!type) return refuse('bad-parameter', 'type')
        if (!params.amount) return refuse('bad-parameter', 'amount')
        if (type === 'limit' && !params.price) return refuse('bad-parameter', 'price')
        if (params.text !== undefined && !TEXT.test(params.text)) return refuse('bad-parameter', 'text')
        // A market buy's `amount` is in the quote currency.
        const quote = type === 'market' && side === 'buy'
        return {
          symbol: params.currency_pair,
          side,
          type,
          quantity: params.amount,
          quoteQuantity: quote ? params.amount : undefined,
          price: params.price,
          clientOrderId: params.text,
        }
      },
      answer: (o, { params }) => {
        const full = orderAnswer(o)
        if (params.action_mode === 'ACK')
          return json(201, { id: full.id, text: full.text, amend_text: full.amend_text })
        return json(201, full)
      },
    },
    {
      action: 'query',
      method: 'GET',
      path: '/api/v4/spot/orders/{order_id}',
      read: orderRef,
      answer: (o) => json(200, orderAnswer(o)),
    },
    {
      action: 'open-orders',
      method: 'GET',
      path: '/api/v4/spot/orders',
      read: ({ params }) =>
        params.currency_pair && params.status
          ? { symbol: params.currency_pair }
          : refuse('bad-parameter', 'currency_pair'),
      // spec gateio.md "Emulated endpoints": `status=open` lists pending orders; `finished` lists none here.
      answer: (orders, { params }) => json(200, params.status === 'open' ? orders.map(orderAnswer) : []),
    },
    {
      action: 'cancel',
      method: 'DELETE',
      path: '/api/v4/spot/orders/{order_id}',
      read: orderRef,
      answer: (o) => json(200, orderAnswer(o)),
    },
    {
      action: 'cancel-all',
      method: 'DELETE',
      path: '/api/v4/spot/orders',
      read: ({ params }) =>
        params.currency_pair ? { symbol: params.currency_pair } : refuse('bad-parameter', 'currency_pair'),
      answer: (orders) =>
        json(
          200,
          orders.map((o) => ({ ...orderAnswer(o), succeeded: true })),
        ),
    },
  ],
  failure({ failure, param }, _action, { params, pathParams }) {
    // spec gateio.md "Emulated endpoints": error labels.
    switch (failure) {
      case 'order-not-found':
        return json(404, { label: 'ORDER_NOT_FOUND', message: 'Order not found' })
      case 'duplicate-order':
        return json(400, { label: 'DUPLICATE_REQUEST', message: 'Duplicate request' })
      case 'insufficient-balance':
        return json(400, { label: 'BALANCE_NOT_ENOUGH', message: 'Not enough balance' })
      case 'bad-parameter': {
        const name = param ?? 'unknown'
        const value = params[name] ?? pathParams[name]
        return value === undefined
          ? json(400, { label: 'MISSING_REQUIRED_PARAM', message: `Missing required parameter: ${name}` })
          : json(400, {
              label: 'INVALID_PARAM_VALUE',
              message: `Invalid parameter \`${name}\` with value: ${value}`,
            })
      }
    }
  },
  rateLimited(rule) {
    const rejection = 'rejection' in rule ? rule.rejection : rule
    return json(rejection.status, { label: rejection.code, message: rejection.message })
  },
}
