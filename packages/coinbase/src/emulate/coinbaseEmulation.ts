import type { Emulation, EmulationFailure, EmulationNewOrder } from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { errorResponse, jsonResponse, serverTimeResponse } from '../_responses'
import { coinbase } from '../definition'
import { coinbaseDiagnosis } from '../diagnose/coinbaseDiagnosis'
import { coinbaseRateLimits } from '../rateLimits'
import { coinbaseVerification } from '../verify/coinbaseVerification'
import { accountsAnswer, orderAnswer, uuidFor } from './_answers'
import { coinbaseExamples } from './coinbaseExamples'

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})

const USER_ID = uuidFor('2222aaaa', 1)

const parse = (text: string | undefined): unknown => {
  try {
    return JSON.parse(text ?? '')
  } catch {
    return undefined
  }
}
const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** The limit GTC and market IOC configurations of a Create Order body (spec coinbase.md §12). */
function readConfiguration(
  raw: string | undefined,
): Pick<EmulationNewOrder, 'type' | 'quantity' | 'price' | 'quoteQuantity'> | EmulationFailure {
  const configuration = record(parse(raw))
  const limit = record(configuration?.limit_limit_gtc)
  const market = record(configuration?.market_market_ioc)
  if (limit) {
    const quantity = text(limit.base_size)
    const price = text(limit.limit_price)
    if (!quantity) return refuse('bad-parameter', 'base_size')
    if (!price) return refuse('bad-parameter', 'limit_price')
    return { type: 'limit', quantity, price }
  }
  if (market) {
    const base = text(market.base_size)
    const quote = text(market.quote_size)
    if (base) return { type: 'market', quantity: base }
    if (quote) return { type: 'market', quantity: '0', quoteQuantity: quote }
    return refuse('bad-parameter', 'base_size')
  }
  return refuse('bad-parameter', 'order_configuration')
}

/**
 * How the emulator plays Coinbase Advanced Trade: create order (limit GTC and market IOC), get order by id, list
 * open orders, batch cancel by order id, accounts and server time, answered as Coinbase's API reference shows, with
 * 30 private requests per second per user. Coinbase looks orders up and cancels them by its own order id only, so
 * `byClientOrderId` is empty; a repeated `client_order_id` is answered with the order that has it. A batch cancel
 * takes one order id here.
 *
 * @example
 * const key = coinbaseTestKey()
 * const emulator = await startEmulator({ exchanges: [coinbaseEmulation], keys: { coinbase: [key.verifierKey] } })
 */
export const coinbaseEmulation: Emulation = {
  definition: coinbase,
  examples: coinbaseExamples,
  verification: coinbaseVerification,
  diagnosis: coinbaseDiagnosis,
  rateLimits: coinbaseRateLimits,
  uniqueClientIds: 'existing',
  byClientOrderId: [],
  orderId: (sequence) => uuidFor('0c0b0a00', sequence),
  assets: (symbol) => symbolAssets(symbol, { separator: '-' }),
  routes: [
    serverTimeRoute('/api/v3/brokerage/time', (ms) => serverTimeResponse(Math.floor(ms))),
    {
      action: 'balances',
      method: 'GET',
      path: '/api/v3/brokerage/accounts',
      read: () => ({}),
      answer: (balances, { serverTime }) => jsonResponse(200, accountsAnswer(balances, serverTime)),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/api/v3/brokerage/orders',
      read({ params }) {
        // spec coinbase.md §12: client_order_id, product_id, side and order_configuration are required.
        for (const name of ['client_order_id', 'product_id', 'side', 'order_configuration'] as const)
          if (!params[name]) return refuse('bad-parameter', name)
        const side = params.side === 'BUY' ? 'buy' : params.side === 'SELL' ? 'sell' : undefined
        if (!side) return refuse('bad-parameter', 'side')
        const configuration = readConfiguration(params.order_configuration)
        if ('failure' in configuration) return configuration
        return {
          symbol: params.product_id!,
          side,
          ...configuration,
          clientOrderId: params.client_order_id,
        }
      },
      answer: (o) =>
        // spec coinbase.md §12: as the live answer ccxt quotes (order_configuration null on success).
        jsonResponse(200, {
          success: true,
          failure_reason: 'UNKNOWN_FAILURE_REASON',
          order_id: o.id,
          success_response: {
            order_id: o.id,
            product_id: o.symbol,
            side: o.side === 'buy' ? 'BUY' : 'SELL',
            client_order_id: o.clientOrderId ?? '',
          },
          order_configuration: null,
        }),
    },
    // Before the Get Order route: `batch` is a literal segment there, not an order id.
    {
      action: 'open-orders',
      method: 'GET',
      path: '/api/v3/brokerage/orders/historical/batch',
      // spec coinbase.md §12: only the OPEN filter a bot polls with is emulated.
      read: ({ params }) => ({ symbol: params.product_ids || params.product_id || undefined }),
      answer: (orders) =>
        jsonResponse(200, {
          orders: orders.map((o) => orderAnswer(o, USER_ID)),
          sequence: '0',
          has_next: false,
          cursor: '',
        }),
    },
    {
      action: 'query',
      method: 'GET',
      path: '/api/v3/brokerage/orders/historical/{order_id}',
      read: ({ pathParams }) =>
        pathParams.order_id ? { id: pathParams.order_id } : refuse('bad-parameter', 'order_id'),
      answer: (o) => jsonResponse(200, { order: orderAnswer(o, USER_ID) }),
    },
    {
      action: 'cancel',
      method: 'POST',
      path: '/api/v3/brokerage/orders/batch_cancel',
      read({ params }) {
        const ids = parse(params.order_ids)
        if (!Array.isArray(ids) || ids.length !== 1 || !text(ids[0]))
          return refuse('bad-parameter', 'order_ids')
        return { id: ids[0] as string }
      },
      answer: (o) =>
        jsonResponse(200, {
          results: [{ success: true, failure_reason: 'UNKNOWN_CANCEL_FAILURE_REASON', order_id: o.id }],
        }),
    },
  ],
  failure({ failure, param }, action, { params }) {
    // spec coinbase.md §8, §12: order refusals are HTTP 200 with success false; other errors the {error, ...} envelope.
    switch (failure) {
      case 'order-not-found': {
        if (action !== 'cancel') return errorResponse('NOT_FOUND', 'order with this orderID was not found')
        const ids = parse(params.order_ids)
        const orderId = Array.isArray(ids) && typeof ids[0] === 'string' ? ids[0] : ''
        return jsonResponse(200, {
          results: [{ success: false, failure_reason: 'UNKNOWN_CANCEL_ORDER', order_id: orderId }],
        })
      }
      case 'insufficient-balance':
        return jsonResponse(200, {
          success: false,
          failure_reason: 'UNKNOWN_FAILURE_REASON',
          order_id: '',
          error_response: {
            error: 'INSUFFICIENT_FUND',
            message: 'Insufficient balance in source account',
            error_details: '',
            preview_failure_reason: 'PREVIEW_INSUFFICIENT_FUND',
            new_order_failure_reason: 'INSUFFICIENT_FUND',
          },
          order_configuration: record(parse(params.order_configuration)) ?? {},
        })
      // Not reached: a repeated client_order_id is answered with its order (uniqueClientIds 'existing').
      case 'duplicate-order':
      case 'bad-parameter':
        return errorResponse('INVALID_ARGUMENT', `invalid ${param ?? 'request'}`)
    }
  },
  rateLimited(rule) {
    const { status, code, message } = 'rejection' in rule ? rule.rejection : rule
    return jsonResponse(status, { error: code, error_details: message, message })
  },
}
