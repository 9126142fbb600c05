import { bybitEmulation } from '@signet/bybit/emulate'
import type { BotScript } from './types'

const apiKey = 'bybit-emulator-key'
const secret = 'BYBIT0123456789ABCDEF0123456789AB'
const base = { category: 'spot', symbol: 'BTCUSDT' }
const ref = (r: Parameters<BotScript['query']>[0]) =>
  'id' in r ? { orderId: r.id } : { orderLinkId: r.clientOrderId }

export const bybitScript: BotScript = {
  emulation: bybitEmulation,
  key: { apiKey, secret },
  credentials: { apiKey, secret },
  fixtures: new URL('../../../bybit/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/v5/market/time', security: 'none' }),
  balances: () => ({
    method: 'GET',
    path: '/v5/account/wallet-balance',
    params: { accountType: 'UNIFIED' },
    security: 'signed',
  }),
  placeLimit: (orderLinkId) => ({
    method: 'POST',
    path: '/v5/order/create',
    body: {
      ...base,
      side: 'Buy',
      orderType: 'Limit',
      qty: '0.001',
      price: '20000',
      timeInForce: 'GTC',
      orderLinkId,
    },
    security: 'signed',
  }),
  placeMarket: (orderLinkId) => ({
    method: 'POST',
    path: '/v5/order/create',
    body: { ...base, side: 'Buy', orderType: 'Market', qty: '0.001', orderLinkId },
    security: 'signed',
  }),
  placedId: (answer) => answer.result.orderId,
  query: (r) => ({
    method: 'GET',
    path: '/v5/order/realtime',
    params: { ...base, ...ref(r) },
    security: 'signed',
  }),
  cancel: (r) => ({
    method: 'POST',
    path: '/v5/order/cancel',
    body: { ...base, ...ref(r) },
    security: 'signed',
  }),
  open: () => ({ method: 'GET', path: '/v5/order/realtime', params: base, security: 'signed' }),
  cancelAll: () => ({ method: 'POST', path: '/v5/order/cancel-all', body: base, security: 'signed' }),
  openIds: (answer) => answer.result.list.map((o: { orderId: string }) => o.orderId),
  status: (answer) => answer.result.list[0]?.orderStatus,
  statuses: { open: 'New', canceled: 'Cancelled', filled: 'Filled' },
  clientOrderId: (n) => `signet-bot-${n}`,
  placeTooLarge: () => ({
    method: 'POST',
    path: '/v5/order/create',
    body: { ...base, side: 'Buy', orderType: 'Limit', qty: '1000000', price: '20000' },
    security: 'signed',
  }),
  placeMissing: () => ({
    method: 'POST',
    path: '/v5/order/create',
    body: { ...base, side: 'Buy', orderType: 'Limit', price: '20000' },
    security: 'signed',
  }),
  errorCode: (status, answer) => String(answer?.retCode ?? status),
  // /v5/order/realtime allows 50 per UID per rolling second: scaled by 0.1 the sixth within a second is refused.
  rateLimit: {
    intent: () => ({ method: 'GET', path: '/v5/order/realtime', params: base, security: 'signed' }),
    scale: 0.1,
    windowScale: 1,
    status: 200,
    code: '10006',
    headers: ['x-bapi-limit', 'x-bapi-limit-status', 'x-bapi-limit-reset-timestamp'],
    rejectionHeaders: ['x-bapi-limit', 'x-bapi-limit-status', 'x-bapi-limit-reset-timestamp'],
  },
  codes: {
    queryNotFound: undefined,
    cancelNotFound: '110001',
    duplicate: '110072',
    insufficient: '170131',
    badParameter: '10001',
  },
}
