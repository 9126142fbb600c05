import { randomUUID } from 'node:crypto'
import { coinbaseEmulation } from '@signet/coinbase/emulate'
import { coinbaseTestKey } from '@signet/coinbase/verify'
import type { BotScript } from './types'

// A made-up Ed25519 CDP key, new for each run (spec coinbase.md §3).
const { credentials, verifierKey } = coinbaseTestKey()
const product_id = 'BTC-USDT'
const limit = (client_order_id: string | undefined, base_size: string) => ({
  method: 'POST' as const,
  path: '/api/v3/brokerage/orders',
  // Coinbase requires client_order_id: a bot that keeps none sends a fresh UUID, as ccxt does.
  body: {
    client_order_id: client_order_id ?? randomUUID(),
    product_id,
    side: 'BUY',
    order_configuration: { limit_limit_gtc: { base_size, limit_price: '20000', post_only: false } },
  },
  security: 'signed' as const,
})
const accounts = () => ({
  method: 'GET' as const,
  path: '/api/v3/brokerage/accounts',
  security: 'signed' as const,
})

export const coinbaseScript: BotScript = {
  emulation: coinbaseEmulation,
  key: verifierKey,
  credentials,
  fixtures: new URL('../../../coinbase/test/fixtures/emulate/', import.meta.url),
  time: () => ({ method: 'GET', path: '/api/v3/brokerage/time', security: 'none' }),
  balances: accounts,
  placeLimit: (clientOrderId) => limit(clientOrderId, '0.001'),
  placeMarket: (clientOrderId) => ({
    method: 'POST',
    path: '/api/v3/brokerage/orders',
    body: {
      client_order_id: clientOrderId ?? randomUUID(),
      product_id,
      side: 'BUY',
      order_configuration: { market_market_ioc: { base_size: '0.001' } },
    },
    security: 'signed',
  }),
  placedId: (answer) => answer.success_response.order_id,
  // Coinbase names orders by its own id only (coinbaseEmulation.byClientOrderId is empty).
  query: (r) => {
    if (!('id' in r)) throw new Error('Coinbase looks orders up by order id only')
    return {
      method: 'GET',
      path: `/api/v3/brokerage/orders/historical/${encodeURIComponent(r.id)}`,
      security: 'signed',
    }
  },
  cancel: (r) => {
    if (!('id' in r)) throw new Error('Coinbase cancels orders by order id only')
    return {
      method: 'POST',
      path: '/api/v3/brokerage/orders/batch_cancel',
      body: { order_ids: [r.id] },
      security: 'signed',
    }
  },
  open: () => ({
    method: 'GET',
    path: '/api/v3/brokerage/orders/historical/batch',
    params: { order_status: 'OPEN', product_ids: product_id },
    security: 'signed',
  }),
  cancelAll: undefined,
  openIds: (answer) => (answer?.orders ?? []).map((o: { order_id: string }) => o.order_id),
  status: (answer) => answer?.order?.status,
  statuses: { open: 'OPEN', canceled: 'CANCELLED', filled: 'FILLED' },
  clientOrderId: (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  placeTooLarge: () => limit(undefined, '1000000'),
  placeMissing: () => {
    const intent = limit(undefined, '0.001')
    const { order_configuration: _, ...body } = intent.body
    return { ...intent, body }
  },
  errorCode(status, answer) {
    const row = answer?.results?.[0]
    if (row) return row.success ? '0' : String(row.failure_reason)
    if (answer?.success === false) return String(answer.error_response?.error)
    if (typeof answer?.error === 'string') return answer.error
    return status < 300 ? '0' : String(status)
  },
  // Private endpoints: 30 per second per user; scaled by 0.1, the fourth in a second is refused.
  rateLimit: {
    intent: accounts,
    scale: 0.1,
    windowScale: 1,
    status: 429,
    code: 'RATE_LIMIT_EXCEEDED',
    headers: [],
    rejectionHeaders: [],
  },
  codes: {
    queryNotFound: 'NOT_FOUND',
    cancelNotFound: 'UNKNOWN_CANCEL_ORDER',
    // A repeated client_order_id is answered with the order that has it (uniqueClientIds 'existing').
    duplicate: undefined,
    insufficient: 'INSUFFICIENT_FUND',
    badParameter: 'INVALID_ARGUMENT',
  },
}
