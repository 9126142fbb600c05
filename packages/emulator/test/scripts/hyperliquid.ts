import { createHyperliquidSigner } from '@signet/hyperliquid'
import { hyperliquidEmulation } from '@signet/hyperliquid/emulate'
import type { BotScript } from './types'

// A made-up wallet (never a real one): the verifier knows it by its address.
const privateKey = `0x${'11'.repeat(32)}`
const order = (p: string, s: string, tif: string, cloid: string | undefined) => ({
  method: 'POST' as const,
  path: '/exchange',
  body: {
    action: {
      type: 'order',
      orders: [{ a: 0, b: true, p, s, r: false, t: { limit: { tif } }, ...(cloid ? { c: cloid } : {}) }],
      grouping: 'na',
    },
  },
  security: 'signed' as const,
})
// Reads are unsigned and name the account (spec hyperliquid.md §1).
const reader =
  (user: string) =>
  (type: string, fields: Record<string, unknown> = {}) => ({
    method: 'POST' as const,
    path: '/info',
    body: { type, user, ...fields },
    security: 'none' as const,
  })
const firstStatus = (answer: any) => answer?.response?.data?.statuses?.[0]

/** The bot script for the account `user` (the address of `privateKey` unless another key is given). */
const scriptFor = (user: string): BotScript => {
  const read = reader(user)
  return {
    emulation: hyperliquidEmulation,
    key: { apiKey: user },
    credentials: { apiKey: user, privateKey },
    fixtures: new URL('../../../hyperliquid/test/fixtures/emulate/', import.meta.url),
    time: () => ({ method: 'POST', path: '/info', body: { type: 'exchangeStatus' }, security: 'none' }),
    balances: () => read('spotClearinghouseState'),
    placeLimit: (cloid) => order('20000', '0.001', 'Gtc', cloid),
    // As the SDKs send a market buy: an Ioc limit 5% above the market (the emulator's 30000).
    placeMarket: (cloid) => order('31500', '0.001', 'Ioc', cloid),
    placedId: (answer) => {
      const status = firstStatus(answer)
      return String((status?.resting ?? status?.filled)?.oid)
    },
    query: (r) => read('orderStatus', { oid: 'id' in r ? Number(r.id) : r.clientOrderId }),
    cancel: (r) => ({
      method: 'POST',
      path: '/exchange',
      body: {
        action:
          'id' in r
            ? { type: 'cancel', cancels: [{ a: 0, o: Number(r.id) }] }
            : { type: 'cancelByCloid', cancels: [{ asset: 0, cloid: r.clientOrderId }] },
      },
      security: 'signed',
    }),
    open: () => read('openOrders'),
    // Hyperliquid has no cancel-all for an asset (scheduleCancel is a dead man's switch).
    cancelAll: undefined,
    openIds: (answer) => (Array.isArray(answer) ? answer.map((o: { oid: number }) => String(o.oid)) : []),
    status: (answer) => answer?.order?.status ?? answer?.status ?? '',
    statuses: { open: 'open', canceled: 'canceled', filled: 'filled' },
    clientOrderId: (n) => `0x${n.toString(16).padStart(32, '0')}`,
    placeTooLarge: () => order('20000', '1000000', 'Gtc', undefined),
    // Seven significant figures: off the tick (BTC prices: 5 significant figures, at most 1 decimal).
    placeMissing: () => order('20000.55', '0.001', 'Gtc', undefined),
    // The refusal's text: the err envelope's response, a per-order error, or unknownOid; '0' for success.
    errorCode: (status, answer) => {
      if (answer === undefined || answer === null) return status < 300 ? '0' : String(status)
      if (answer.status === 'err') return String(answer.response)
      if (answer.status === 'unknownOid') return 'unknownOid'
      return firstStatus(answer)?.error ?? (status < 300 ? '0' : String(status))
    },
    // 1200 weight per minute per IP, scaled by 0.01 to 12: six spotClearinghouseState reads (weight 2) pass.
    rateLimit: {
      intent: () => read('spotClearinghouseState'),
      scale: 0.01,
      windowScale: 1 / 60,
      status: 429,
      code: '429',
      headers: [],
      rejectionHeaders: [],
    },
    codes: {
      queryNotFound: 'unknownOid',
      cancelNotFound: 'Order was never placed, already canceled, or filled.',
      duplicate: 'Duplicate cloid.',
      insufficient: 'Insufficient margin to place order.',
      badParameter: 'Price must be divisible by tick size.',
    },
    forAccount: (apiKey) => scriptFor(apiKey.toLowerCase()),
  }
}

export const hyperliquidScript: BotScript = scriptFor(createHyperliquidSigner({ privateKey }).address)
