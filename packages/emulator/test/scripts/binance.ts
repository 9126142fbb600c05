import { binanceEmulation } from '@signet/binance/emulate'
import type { BotScript } from './types'

const apiKey = 'SignetEmulatorBinanceKey0000000000000000000000000000000000000001'
const secret = 'BINANCE0123456789ABCDEF0123456789'
const symbol = 'BTCUSDT'

export const binanceScript: BotScript = {
  emulation: binanceEmulation,
  key: { apiKey, secret },
  credentials: { apiKey, secret },
  fixtures: new URL('../../../binance/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/api/v3/time', security: 'none' }),
  balances: () => ({ method: 'GET', path: '/api/v3/account', security: 'signed' }),
  placeLimit: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v3/order',
    form: {
      symbol,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.001',
      price: '20000',
      newClientOrderId: clientOrderId,
    },
    security: 'signed',
  }),
  placeMarket: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v3/order',
    form: { symbol, side: 'BUY', type: 'MARKET', quantity: '0.001', newClientOrderId: clientOrderId },
    security: 'signed',
  }),
  placedId: (answer) => String(answer.orderId),
  query: (ref) => ({
    method: 'GET',
    path: '/api/v3/order',
    params: 'id' in ref ? { symbol, orderId: ref.id } : { symbol, origClientOrderId: ref.clientOrderId },
    security: 'signed',
  }),
  cancel: (ref) => ({
    method: 'DELETE',
    path: '/api/v3/order',
    params: 'id' in ref ? { symbol, orderId: ref.id } : { symbol, origClientOrderId: ref.clientOrderId },
    security: 'signed',
  }),
  open: () => ({ method: 'GET', path: '/api/v3/openOrders', params: { symbol }, security: 'signed' }),
  cancelAll: () => ({ method: 'DELETE', path: '/api/v3/openOrders', params: { symbol }, security: 'signed' }),
  openIds: (answer) => answer.map((o: { orderId: number }) => String(o.orderId)),
  status: (answer) => answer.status,
  statuses: { open: 'NEW', canceled: 'CANCELED', filled: 'FILLED' },
  clientOrderId: (n) => `signet-bot-${n}`,
  placeTooLarge: () => ({
    method: 'POST',
    path: '/api/v3/order',
    form: { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1000000', price: '20000' },
    security: 'signed',
  }),
  placeMissing: () => ({
    method: 'POST',
    path: '/api/v3/order',
    form: { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001' },
    security: 'signed',
  }),
  errorCode: (_status, answer) => (answer?.code === undefined ? '0' : String(answer.code)),
  // 6000 weight/min scaled to 60 per second: /api/v3/account weighs 20, so the fourth is refused.
  rateLimit: {
    intent: () => ({ method: 'GET', path: '/api/v3/account', security: 'signed' }),
    scale: 0.01,
    windowScale: 1 / 60,
    status: 429,
    code: '-1003',
    headers: ['x-mbx-used-weight-1m'],
    rejectionHeaders: ['retry-after', 'x-mbx-used-weight-1m'],
  },
  codes: {
    queryNotFound: '-2013',
    cancelNotFound: '-2011',
    duplicate: '-2010',
    insufficient: '-2010',
    badParameter: '-1102',
  },
}
