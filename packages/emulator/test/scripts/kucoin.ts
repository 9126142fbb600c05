import { kucoinEmulation } from '@signet/kucoin/emulate'
import type { BotScript } from './types'

const apiKey = 'kucoin-emulator-key'
const secret = 'KUCOIN0123456789ABCDEF0123456789A'
const passphrase = 'Emulator-Pass-42'
const symbol = 'BTC-USDT'
const byRef = (method: 'GET' | 'DELETE', r: Parameters<BotScript['query']>[0]) => ({
  method,
  path: 'id' in r ? `/api/v1/orders/${r.id}` : `/api/v1/order/client-order/${r.clientOrderId}`,
  security: 'signed' as const,
})

export const kucoinScript: BotScript = {
  emulation: kucoinEmulation,
  key: { apiKey, secret, passphrase },
  credentials: { apiKey, secret, passphrase },
  fixtures: new URL('../../../kucoin/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/api/v1/timestamp', security: 'none' }),
  balances: () => ({
    method: 'GET',
    path: '/api/v1/accounts',
    params: { type: 'trade' },
    security: 'signed',
  }),
  placeLimit: (clientOid) => ({
    method: 'POST',
    path: '/api/v1/orders',
    body: { clientOid, side: 'buy', symbol, type: 'limit', price: '20000', size: '0.001' },
    security: 'signed',
  }),
  placeMarket: (clientOid) => ({
    method: 'POST',
    path: '/api/v1/orders',
    body: { clientOid, side: 'buy', symbol, type: 'market', size: '0.001' },
    security: 'signed',
  }),
  placedId: (answer) => answer.data.orderId,
  query: (r) => byRef('GET', r),
  cancel: (r) => byRef('DELETE', r),
  open: () => ({
    method: 'GET',
    path: '/api/v1/orders',
    params: { status: 'active', symbol },
    security: 'signed',
  }),
  cancelAll: () => ({ method: 'DELETE', path: '/api/v1/orders', params: { symbol }, security: 'signed' }),
  openIds: (answer) => answer.data.items.map((o: { id: string }) => o.id),
  status: (answer) => (answer.data.isActive ? 'active' : answer.data.cancelExist ? 'canceled' : 'done'),
  statuses: { open: 'active', canceled: 'canceled', filled: 'done' },
  clientOrderId: (n) => `signet-bot-${n}`,
  placeTooLarge: () => ({
    method: 'POST',
    path: '/api/v1/orders',
    body: { side: 'buy', symbol, type: 'limit', price: '20000', size: '1000000' },
    security: 'signed',
  }),
  placeMissing: () => ({
    method: 'POST',
    path: '/api/v1/orders',
    body: { side: 'buy', symbol, type: 'limit', size: '0.001' },
    security: 'signed',
  }),
  errorCode: (status, answer) => (answer?.code === '200000' ? '0' : String(answer?.code ?? status)),
  // The Spot pool: 4000 per 30 s from the first request; scaled by 0.005 and 1/30 it is 20 per second, and
  // /api/v1/accounts weighs 5, so the fifth is refused.
  rateLimit: {
    intent: () => ({ method: 'GET', path: '/api/v1/accounts', security: 'signed' }),
    scale: 0.005,
    windowScale: 1 / 30,
    status: 429,
    code: '429000',
    headers: ['gw-ratelimit-limit', 'gw-ratelimit-remaining', 'gw-ratelimit-reset'],
    rejectionHeaders: ['gw-ratelimit-limit', 'gw-ratelimit-remaining', 'gw-ratelimit-reset'],
  },
  codes: {
    queryNotFound: '400100',
    cancelNotFound: '400100',
    duplicate: '400100',
    insufficient: '200004',
    badParameter: '400100',
  },
}
