import type { Emulation, EmulationFailure } from '@signet/core'
import { serverTimeRoute, symbolAssets } from '@signet/core/kit'
import { kraken } from '../definition'
import { krakenDiagnosis } from '../diagnose/krakenDiagnosis'
import { krakenRateLimits } from '../rateLimits'
import { krakenVerification } from '../verify/krakenVerification'
import { balanceAnswer, describeOrder, envelope, orderAnswer } from './_answers'
import { krakenExamples } from './krakenExamples'

const refuse = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({
  failure,
  param,
})

// Kraken's pair altnames: XBT is bitcoin, XDG dogecoin (spec kraken.md "Emulated endpoints").
const BASES: Readonly<Record<string, string>> = { XBT: 'BTC', XDG: 'DOGE' }

/**
 * How the emulator plays Kraken Spot REST: AddOrder (limit and market), QueryOrders by txid, OpenOrders,
 * CancelOrder by txid or `cl_ord_id`, Balance and server time, answered as Kraken's reference shows, behind the
 * key's decaying API counter and the trading counter. Kraken looks orders up by txid only (`byClientOrderId:
 * ['cancel']`); a `txid` naming a `userref` is not emulated.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [krakenEmulation], keys: { kraken: [{ apiKey, secret }] } })
 */
export const krakenEmulation: Emulation = {
  definition: kraken,
  examples: krakenExamples,
  verification: krakenVerification,
  diagnosis: krakenDiagnosis,
  rateLimits: krakenRateLimits,
  // Assumption (spec kraken.md "Emulated endpoints"): a cl_ord_id is refused while an open order has it.
  uniqueClientIds: 'open',
  byClientOrderId: ['cancel'],
  orderId(sequence) {
    const s = sequence.toString(36).toUpperCase().padStart(16, '0')
    return `O${s.slice(0, 5)}-${s.slice(5, 10)}-${s.slice(10)}`
  },
  assets(symbol) {
    const pair = symbolAssets(symbol, { quotes: ['USDT', 'USDC', 'USD', 'EUR'] })
    return pair && [BASES[pair[0]] ?? pair[0], pair[1]]
  },
  routes: [
    serverTimeRoute('/0/public/Time', (ms) =>
      envelope({ unixtime: Math.floor(ms / 1000), rfc1123: new Date(ms).toUTCString() }),
    ),
    {
      action: 'balances',
      method: 'POST',
      path: '/0/private/Balance',
      read: () => ({}),
      answer: (balances) => envelope(balanceAnswer(balances)),
    },
    {
      action: 'place',
      method: 'POST',
      path: '/0/private/AddOrder',
      read({ params }) {
        for (const name of ['ordertype', 'type', 'volume', 'pair'] as const)
          if (!params[name]) return refuse('bad-parameter', name)
        const side = params.type === 'buy' || params.type === 'sell' ? params.type : undefined
        const type =
          params.ordertype === 'limit' || params.ordertype === 'market' ? params.ordertype : undefined
        if (!side) return refuse('bad-parameter', 'type')
        if (!type) return refuse('bad-parameter', 'ordertype')
        if (type === 'limit' && !params.price) return refuse('bad-parameter', 'price')
        return {
          symbol: params.pair!,
          side,
          type,
          quantity: params.volume!,
          price: params.price,
          clientOrderId: params.cl_ord_id || undefined,
        }
      },
      answer: (o) => envelope({ descr: { order: describeOrder(o) }, txid: [o.id] }),
    },
    {
      action: 'query',
      method: 'POST',
      path: '/0/private/QueryOrders',
      // spec kraken.md "Emulated endpoints": txid is required; one id per request is emulated.
      read: ({ params }) =>
        params.txid ? { id: params.txid.split(',')[0]!.trim() } : refuse('bad-parameter', 'txid'),
      answer: (o) => envelope({ [o.id]: orderAnswer(o, true) }),
    },
    {
      action: 'open-orders',
      method: 'POST',
      path: '/0/private/OpenOrders',
      read: () => ({ symbol: undefined }),
      answer: (orders) =>
        envelope({ open: Object.fromEntries(orders.map((o) => [o.id, orderAnswer(o, false)])) }),
    },
    {
      action: 'cancel',
      method: 'POST',
      path: '/0/private/CancelOrder',
      read({ params }) {
        if (params.cl_ord_id) return { clientOrderId: params.cl_ord_id }
        if (!params.txid || /^\d+$/.test(params.txid)) return refuse('bad-parameter', 'txid')
        return { id: params.txid }
      },
      answer: () => envelope({ count: 1 }),
    },
  ],
  failure({ failure, param }) {
    // spec kraken.md §5 and "Emulated endpoints": HTTP 200 with the error string.
    switch (failure) {
      case 'order-not-found':
        return envelope(undefined, ['EOrder:Unknown order'])
      case 'insufficient-balance':
        return envelope(undefined, ['EOrder:Insufficient funds'])
      case 'duplicate-order':
        return envelope(undefined, ['EGeneral:Invalid arguments:cl_ord_id'])
      case 'bad-parameter':
        return envelope(undefined, [`EGeneral:Invalid arguments${param ? `:${param}` : ''}`])
    }
  },
  rateLimited(rule) {
    const { status, message } = 'rejection' in rule ? rule.rejection : rule
    return { ...envelope(undefined, [message]), status }
  },
}
