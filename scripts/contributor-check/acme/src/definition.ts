import { type ExchangeDefinition, SignetError } from '@signet/core'
import { parseJsonObject } from '@signet/core/kit'
import { createAcmeSigner } from './createAcmeSigner'
import { classifyAcmeError } from './errors'
import { acmeHosts } from './hosts'

/** What a bot needs to know about Acme: hosts, window, errors and signer (verifier on `@signet/acme/verify`). */
export const acme: ExchangeDefinition = {
  id: 'acme',
  name: 'Acme',
  products: acmeHosts,
  defaultProduct: 'spot',
  // RULES.md: accepted when now - 10000 <= timestamp < now + 1000.
  freshness: {
    kind: 'timestamp',
    tolerance: () => ({ aheadMs: 1000, behindMs: 10_000 }),
    defaultWindowMs: undefined,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  parseServerTime: (body) => {
    // GET /api/v1/time → {"code":"0","data":1700000000000}
    const data = (typeof body === 'string' ? parseJsonObject(body) : (body as Record<string, unknown>))?.data
    if (typeof data === 'number' && Number.isSafeInteger(data)) return data
    throw new SignetError('Acme server time answer has no epoch-ms "data" field.', { exchange: 'acme' })
  },
  classifyError: classifyAcmeError,
  createSigner: createAcmeSigner,
  clientOrderIdParam: 'clientOid',
}
