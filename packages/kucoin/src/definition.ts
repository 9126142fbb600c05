import { checkServerTime, defineExchange, SignetError } from '@signet/core'
import { createKucoinSigner } from './createKucoinSigner'
import { classifyKucoinError } from './errors'
import { kucoinHosts } from './hosts'
import { kucoinRateLimits } from './rateLimits'

/** Everything Signet knows about KuCoin: hosts, the 5 s window, errors and signer (verifier on `@signet/kucoin/verify`). */
export const kucoin = defineExchange({
  id: 'kucoin',
  name: 'KuCoin',
  products: kucoinHosts,
  defaultProduct: 'spot',
  // spec kucoin.md: rejected when it "differs from server time by more than 5 seconds", either way.
  freshness: {
    kind: 'timestamp',
    tolerance: () => ({ aheadMs: 5000, behindMs: 5000 }),
    defaultWindowMs: undefined,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  rateLimits: kucoinRateLimits,
  parseServerTime: (body) => {
    // GET /api/v1/timestamp → {"code":"200000","msg":"success","data":1546837113087}
    const value = typeof body === 'string' ? safeParse(body) : body
    const data = (value as { data?: unknown } | null)?.data
    // Plausible epoch ms only (core): a time of 0 or in seconds would stamp requests 1970.
    if (typeof data === 'number' && Number.isSafeInteger(data)) return checkServerTime(data, 'kucoin')
    if (typeof data === 'string' && /^\d+$/.test(data)) return checkServerTime(Number(data), 'kucoin')
    throw new SignetError('KuCoin server time answer has no epoch-ms "data" field.', { exchange: 'kucoin' })
  },
  classifyError: classifyKucoinError,
  createSigner: createKucoinSigner,
  clientOrderIdParam: 'clientOid',
})

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
