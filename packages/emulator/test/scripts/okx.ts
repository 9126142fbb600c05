import { okxEmulation } from '@signet/okx/emulate'
import type { BotScript } from './types'

const apiKey = 'okx-emulator-key'
const secret = 'OKX0123456789ABCDEF0123456789ABCD'
const passphrase = 'Emulator-Pass-42'
const instId = 'BTC-USDT'
const ref = (r: Parameters<BotScript['query']>[0]) =>
  'id' in r ? { ordId: r.id } : { clOrdId: r.clientOrderId }
const code = (answer: any) => (answer?.code === '1' ? answer.data?.[0]?.sCode : answer?.code)

export const okxScript: BotScript = {
  emulation: okxEmulation,
  key: { apiKey, secret, passphrase },
  credentials: { apiKey, secret, passphrase },
  fixtures: new URL('../../../okx/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/api/v5/public/time', security: 'none' }),
  balances: () => ({ method: 'GET', path: '/api/v5/account/balance', security: 'signed' }),
  placeLimit: (clOrdId) => ({
    method: 'POST',
    path: '/api/v5/trade/order',
    body: { instId, tdMode: 'cash', clOrdId, side: 'buy', ordType: 'limit', px: '20000', sz: '0.001' },
    security: 'signed',
  }),
  placeMarket: (clOrdId) => ({
    method: 'POST',
    path: '/api/v5/trade/order',
    body: {
      instId,
      tdMode: 'cash',
      clOrdId,
      side: 'buy',
      ordType: 'market',
      sz: '0.001',
      tgtCcy: 'base_ccy',
    },
    security: 'signed',
  }),
  placedId: (answer) => answer.data[0].ordId,
  query: (r) => ({
    method: 'GET',
    path: '/api/v5/trade/order',
    params: { instId, ...ref(r) },
    security: 'signed',
  }),
  cancel: (r) => ({
    method: 'POST',
    path: '/api/v5/trade/cancel-order',
    body: { instId, ...ref(r) },
    security: 'signed',
  }),
  open: () => ({
    method: 'GET',
    path: '/api/v5/trade/orders-pending',
    params: { instId },
    security: 'signed',
  }),
  cancelAll: undefined,
  openIds: (answer) => answer.data.map((o: { ordId: string }) => o.ordId),
  status: (answer) => answer.data[0]?.state,
  statuses: { open: 'live', canceled: 'canceled', filled: 'filled' },
  clientOrderId: (n) => `signetbot${n}`,
  placeTooLarge: () => ({
    method: 'POST',
    path: '/api/v5/trade/order',
    body: { instId, tdMode: 'cash', side: 'buy', ordType: 'limit', px: '20000', sz: '1000000' },
    security: 'signed',
  }),
  placeMissing: () => ({
    method: 'POST',
    path: '/api/v5/trade/order',
    body: { instId, tdMode: 'cash', side: 'buy', ordType: 'limit', sz: '0.001' },
    security: 'signed',
  }),
  errorCode: (status, answer) => String(code(answer) ?? status),
  // Pending orders: 60 per 2 s per User ID; scaled by 0.1, the seventh in a window is refused.
  rateLimit: {
    intent: () => ({
      method: 'GET',
      path: '/api/v5/trade/orders-pending',
      params: { instId },
      security: 'signed',
    }),
    scale: 0.1,
    windowScale: 1,
    status: 429,
    code: '50011',
    headers: [],
    rejectionHeaders: [],
  },
  codes: {
    queryNotFound: '51603',
    cancelNotFound: '51400',
    duplicate: '51016',
    insufficient: '51008',
    badParameter: '51000',
  },
}
