import { InvalidParameterError, type RawRequest } from '@signet/core'
import { describeSigned } from './_describeSigned'
import { parseExchangeBody } from './_parseExchangeBody'
import { prepareAction } from './_prepareAction'

/**
 * What the signature of a received `/exchange` request covers, recomputed as Hyperliquid's server does (spec
 * hyperliquid.md §2, §3): the hashed bytes and phantom agent of an L1 action (mainnet source `a`; testnet signs `b`),
 * or the typed struct of a user-signed action.
 *
 * @example
 * hyperliquidStringToSign({ method: 'POST', url: '/exchange', headers: {}, body: signed.body! })
 */
export function hyperliquidStringToSign(request: RawRequest): string {
  const body = parseExchangeBody(request.body)
  if (typeof body === 'string')
    throw new InvalidParameterError('body', 'a Hyperliquid /exchange body', body, { exchange: 'hyperliquid' })
  const chain = (body.action as { hyperliquidChain?: unknown }).hyperliquidChain
  const prepared = prepareAction(body.action, {
    environment: chain === 'Testnet' ? 'testnet' : 'mainnet',
    nonce: body.nonce,
    vaultAddress: body.vaultAddress,
    expiresAfter: body.expiresAfter,
    mode: 'server',
  })
  return describeSigned(prepared, 'a')
}
