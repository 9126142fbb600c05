import type { RequestIntent } from '@signet/core'
import { binanceScript } from './binance'
import type { BotScript, Ref } from './types'

// Binance USDⓈ-M futures on the same emulated exchange and key as spot, on their own ledger (routes with book 'usdm').
const symbol = 'BTCUSDT'
const order = (form: Record<string, string | undefined>): RequestIntent => ({
  method: 'POST',
  path: '/fapi/v1/order',
  form,
  security: 'signed',
})
const byRef = (method: 'GET' | 'DELETE', ref: Ref): RequestIntent => ({
  method,
  path: '/fapi/v1/order',
  params: 'id' in ref ? { symbol, orderId: ref.id } : { symbol, origClientOrderId: ref.clientOrderId },
  security: 'signed',
})

export const binanceUsdmScript: BotScript = {
  ...binanceScript,
  fixtures: new URL('../../../binance/test/fixtures/emulate-usdm/', import.meta.url),
  time: () => ({ method: 'GET', path: '/fapi/v1/time', security: 'none' }),
  balances: () => ({ method: 'GET', path: '/fapi/v3/balance', security: 'signed' }),
  placeLimit: (clientOrderId) =>
    order({
      symbol,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.001',
      price: '20000',
      newClientOrderId: clientOrderId,
    }),
  placeMarket: (clientOrderId) =>
    order({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.001', newClientOrderId: clientOrderId }),
  query: (ref) => byRef('GET', ref),
  cancel: (ref) => byRef('DELETE', ref),
  open: () => ({ method: 'GET', path: '/fapi/v1/openOrders', params: { symbol }, security: 'signed' }),
  cancelAll: () => ({
    method: 'DELETE',
    path: '/fapi/v1/allOpenOrders',
    params: { symbol },
    security: 'signed',
  }),
  placeTooLarge: () =>
    order({ symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1000000', price: '20000' }),
  placeMissing: () => order({ symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001' }),
  // 2400 weight/min scaled to 24 per second: /fapi/v3/balance weighs 5, so the fifth is refused.
  rateLimit: {
    ...binanceScript.rateLimit,
    intent: () => ({ method: 'GET', path: '/fapi/v3/balance', security: 'signed' }),
  },
  // The futures error-code page's own codes for a repeated client id and too little margin.
  codes: { ...binanceScript.codes, duplicate: '-4116', insufficient: '-2019' },
}
