import { gateioEmulation } from '@signet/gateio/emulate'
import type { BotScript } from './types'

const apiKey = 'gateio-emulator-key'
const secret = 'GATEIO0123456789ABCDEF0123456789A'
const currency_pair = 'BTC_USDT'
const orderPath = (r: Parameters<BotScript['query']>[0]) =>
  `/api/v4/spot/orders/${'id' in r ? r.id : r.clientOrderId}`

export const gateioScript: BotScript = {
  emulation: gateioEmulation,
  key: { apiKey, secret },
  credentials: { apiKey, secret },
  fixtures: new URL('../../../gateio/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/api/v4/spot/time', security: 'none' }),
  balances: () => ({ method: 'GET', path: '/api/v4/spot/accounts', security: 'signed' }),
  placeLimit: (text) => ({
    method: 'POST',
    path: '/api/v4/spot/orders',
    body: {
      text,
      currency_pair,
      type: 'limit',
      account: 'spot',
      side: 'buy',
      amount: '0.001',
      price: '20000',
      time_in_force: 'gtc',
    },
    security: 'signed',
  }),
  placeMarket: (text) => ({
    method: 'POST',
    path: '/api/v4/spot/orders',
    body: {
      text,
      currency_pair,
      type: 'market',
      account: 'spot',
      side: 'buy',
      amount: '30',
      time_in_force: 'ioc',
    },
    security: 'signed',
  }),
  placedId: (answer) => answer.id,
  query: (r) => ({ method: 'GET', path: orderPath(r), params: { currency_pair }, security: 'signed' }),
  cancel: (r) => ({ method: 'DELETE', path: orderPath(r), params: { currency_pair }, security: 'signed' }),
  open: () => ({
    method: 'GET',
    path: '/api/v4/spot/orders',
    params: { currency_pair, status: 'open' },
    security: 'signed',
  }),
  cancelAll: () => ({
    method: 'DELETE',
    path: '/api/v4/spot/orders',
    params: { currency_pair },
    security: 'signed',
  }),
  openIds: (answer) => answer.map((o: { id: string }) => o.id),
  status: (answer) => answer.status,
  statuses: { open: 'open', canceled: 'cancelled', filled: 'closed' },
  clientOrderId: (n) => `t-signet-bot-${n}`,
  placeTooLarge: () => ({
    method: 'POST',
    path: '/api/v4/spot/orders',
    body: { currency_pair, type: 'limit', account: 'spot', side: 'buy', amount: '1000000', price: '20000' },
    security: 'signed',
  }),
  placeMissing: () => ({
    method: 'POST',
    path: '/api/v4/spot/orders',
    body: { currency_pair, type: 'limit', account: 'spot', side: 'buy', amount: '0.001' },
    security: 'signed',
  }),
  errorCode: (status, answer) => (answer?.label ? String(answer.label) : status < 300 ? '0' : String(status)),
  // Spot orders: 10 per UID per second; scaled by 0.5, the sixth within a second is refused.
  rateLimit: {
    intent: () => gateioScript.placeLimit(),
    scale: 0.5,
    windowScale: 1,
    status: 429,
    code: 'TOO_MANY_REQUESTS',
    headers: [
      'x-gate-ratelimit-requests-remain',
      'x-gate-ratelimit-limit',
      'x-gate-ratelimit-reset-timestamp',
    ],
    rejectionHeaders: [
      'x-gate-ratelimit-requests-remain',
      'x-gate-ratelimit-limit',
      'x-gate-ratelimit-reset-timestamp',
    ],
  },
  codes: {
    queryNotFound: 'ORDER_NOT_FOUND',
    cancelNotFound: 'ORDER_NOT_FOUND',
    duplicate: undefined,
    insufficient: 'BALANCE_NOT_ENOUGH',
    badParameter: 'MISSING_REQUIRED_PARAM',
  },
}
