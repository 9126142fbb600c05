import type { RequestIntent, SignedRequest, Signer } from '@signet/core'
import type { Freshness } from './_freshness'
import { unsigned } from './_unsigned'

/**
 * The sign stage: signs one attempt immediately before it is sent (a retry is signed again), with what the
 * freshness stage supplies for signed requests; public requests go through the signer when there is one (it
 * may add an API-key header) and unsigned otherwise. @internal
 */
export async function signAttempt(
  intent: RequestIntent,
  signer: Signer | undefined,
  freshness: Freshness,
  windowMs: number | undefined,
  request: string,
  signOptions?: object | undefined,
): Promise<SignedRequest> {
  // The exchange's own options (OKX expTime, Binance timeUnit) go first: the time, window and nonce are the runtime's.
  const own = exchangeOptions(signOptions)
  if (intent.security === 'signed')
    return signer!.sign(intent, { ...own, ...(await freshness(windowMs, request)) })
  return signer ? signer.sign(intent, { ...own, windowMs }) : unsigned(intent)
}

function exchangeOptions(signOptions: object | undefined): object {
  if (!signOptions) return {}
  const { timestamp: _t, windowMs: _w, nonce: _n, ...own } = signOptions as Record<string, unknown>
  return own
}
