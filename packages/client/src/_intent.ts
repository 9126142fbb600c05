import {
  type ExchangeDefinition,
  InvalidParameterError,
  type RequestIntent,
  type Signer,
  timestampWindow,
} from '@signet/core'
import { describeRequestLine } from '@signet/core/kit'

/**
 * The intent stage: the request line (`METHOD /path`) that names every message and hook, checked before anything
 * waits or is sent: a method or path that is not a string, or a signed intent without a signer, is refused. @internal
 */
export function requestLine(
  exchange: ExchangeDefinition,
  signer: Signer | undefined,
  intent: RequestIntent,
): string {
  if (typeof intent?.method !== 'string' || typeof intent.path !== 'string') {
    throw new InvalidParameterError(
      'intent',
      'a method and a path as strings (e.g. GET /api/v3/account)',
      describeRequestLine(intent),
      { exchange: exchange.id, hint: 'Nothing was sent: pass the HTTP method and the path as strings.' },
    )
  }
  const line = `${intent.method} ${intent.path}`
  if (intent.security !== 'none' && !signer) {
    throw new InvalidParameterError('signer', `a signer for ${intent.security} request ${line}`, 'none', {
      exchange: exchange.id,
    })
  }
  return line
}

/**
 * One meaning of `windowMs`: a timestamp exchange's window (or its default); any other kind gets the caller's value
 * as given, so its signer refuses it instead of the client dropping it. @internal
 */
export function windowOf(exchange: ExchangeDefinition, asked: number | undefined): number | undefined {
  return exchange.freshness.kind === 'timestamp'
    ? timestampWindow(exchange.freshness, asked)?.windowMs
    : asked
}
