import { krakenEmulation } from '@signet/kraken/emulate'
import type { BotScript } from './types'

// A made-up key: Kraken secrets are 64 bytes shown as base64 (spec kraken.md §2).
const apiKey = 'kraken-emulator-key'
const secret = Buffer.alloc(64, 7).toString('base64')
const pair = 'XBTUSDT'
const add = (form: Record<string, string>, clOrdId: string | undefined) => ({
  method: 'POST' as const,
  path: '/0/private/AddOrder',
  form: clOrdId === undefined ? form : { ...form, cl_ord_id: clOrdId },
  security: 'signed' as const,
})
const firstError = (answer: any): string | undefined => answer?.error?.[0]

export const krakenScript: BotScript = {
  emulation: krakenEmulation,
  key: { apiKey, secret },
  credentials: { apiKey, secret },
  fixtures: new URL('../../../kraken/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/0/public/Time', security: 'none' }),
  balances: () => ({ method: 'POST', path: '/0/private/Balance', security: 'signed' }),
  placeLimit: (clOrdId) =>
    add({ ordertype: 'limit', type: 'buy', volume: '0.001', pair, price: '20000' }, clOrdId),
  placeMarket: (clOrdId) => add({ ordertype: 'market', type: 'buy', volume: '0.001', pair }, clOrdId),
  placedId: (answer) => answer.result.txid[0],
  // QueryOrders takes txids only (krakenEmulation.byClientOrderId is ['cancel']).
  query: (r) => {
    if (!('id' in r)) throw new Error('Kraken queries orders by txid only')
    return { method: 'POST', path: '/0/private/QueryOrders', form: { txid: r.id }, security: 'signed' }
  },
  cancel: (r) => ({
    method: 'POST',
    path: '/0/private/CancelOrder',
    form: 'id' in r ? { txid: r.id } : { cl_ord_id: r.clientOrderId },
    security: 'signed',
  }),
  open: () => ({ method: 'POST', path: '/0/private/OpenOrders', security: 'signed' }),
  cancelAll: undefined,
  openIds: (answer) => Object.keys(answer?.result?.open ?? {}),
  status: (answer) =>
    (Object.values(answer?.result ?? {})[0] as { status?: string } | undefined)?.status ?? '',
  statuses: { open: 'open', canceled: 'canceled', filled: 'closed' },
  clientOrderId: (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  placeTooLarge: () =>
    add({ ordertype: 'limit', type: 'buy', volume: '1000000', pair, price: '20000' }, undefined),
  placeMissing: () => add({ ordertype: 'limit', type: 'buy', pair, price: '20000' }, undefined),
  // The error string up to its detail: EGeneral:Invalid arguments:volume → EGeneral:Invalid arguments.
  errorCode: (status, answer) => {
    const error = firstError(answer)
    if (error === undefined) return status < 300 ? '0' : String(status)
    return error.split(':').slice(0, 2).join(':')
  },
  // The key's API counter: 15, draining 0.33/s; scaled by 0.2 it holds 3, and a fourth call is refused at once.
  rateLimit: {
    intent: () => ({ method: 'POST', path: '/0/private/Balance', security: 'signed' }),
    scale: 0.2,
    windowScale: 1 / 45,
    status: 200,
    code: 'EAPI:Rate limit exceeded',
    headers: [],
    rejectionHeaders: [],
  },
  codes: {
    queryNotFound: 'EOrder:Unknown order',
    cancelNotFound: 'EOrder:Unknown order',
    duplicate: 'EGeneral:Invalid arguments',
    insufficient: 'EOrder:Insufficient funds',
    badParameter: 'EGeneral:Invalid arguments',
  },
}
