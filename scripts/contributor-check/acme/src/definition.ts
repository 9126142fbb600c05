import { type ExchangeDefinition, parseJsonObject, SignetError } from '@signet/core'
import { createAcmeSigner } from './createAcmeSigner'
import { createAcmeVerifier } from './createAcmeVerifier'
import { classifyAcmeError } from './errors'
import { acmeHosts } from './hosts'
import { acmeSignatureVariants } from './signatureVariants'
import { acmeStringToSign } from './stringToSign'

/** Everything Signet knows about Acme: hosts, window, errors, signer, verifier and examples. */
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
  createVerifier: createAcmeVerifier,
  stringToSign: acmeStringToSign,
  signatureVariants: acmeSignatureVariants,
  examples: {
    account: { method: 'GET', path: '/api/v1/account', params: { type: 'spot' }, security: 'signed' },
    placeOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/api/v1/order',
      body: { clientOid: clientOrderId, symbol: 'BTC-USDT', side: 'buy', price: '20000', size: '0.001' },
      security: 'signed',
    }),
    cancelOrder: (clientOrderId) => ({
      method: 'POST',
      path: '/api/v1/cancel-order',
      body: { clientOid: clientOrderId },
      security: 'signed',
    }),
    clientOrderIdParam: 'clientOid',
  },
}
