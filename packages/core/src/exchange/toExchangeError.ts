import {
  ExchangeError,
  InvalidApiKeyError,
  InvalidNonceError,
  InvalidSignatureError,
  IpNotAllowedError,
  PassphraseError,
  PermissionError,
  RateLimitError,
  TimestampOutOfWindowError,
} from '../errors/exchange'
import type { ClassifiedError, ErrorKind } from './types'

const classes: Record<ErrorKind, typeof ExchangeError> = {
  'invalid-signature': InvalidSignatureError,
  timestamp: TimestampOutOfWindowError,
  nonce: InvalidNonceError,
  'invalid-api-key': InvalidApiKeyError,
  passphrase: PassphraseError,
  permission: PermissionError,
  'ip-not-allowed': IpNotAllowedError,
  'rate-limit': RateLimitError,
  other: ExchangeError,
}

const titles: Record<ErrorKind, string> = {
  'invalid-signature': 'The exchange rejected the signature',
  timestamp: 'The exchange rejected the timestamp',
  nonce: 'The exchange rejected the nonce',
  'invalid-api-key': 'The exchange rejected the API key',
  passphrase: 'The exchange rejected the passphrase',
  permission: 'The API key lacks permission for this request',
  'ip-not-allowed': 'The API key does not allow this IP address',
  'rate-limit': 'The exchange rate-limited the request',
  other: 'The exchange answered with an error',
}

/**
 * Turns a classified exchange answer into the matching typed error.
 *
 * @example
 * throw toExchangeError(binance.classifyError(response)!, { exchange: 'binance', status: 400, request: 'POST /api/v3/order' })
 */
export function toExchangeError(
  classified: ClassifiedError,
  context: { exchange: string; status?: number | undefined; request?: string | undefined; cause?: unknown },
): ExchangeError {
  const Class = classes[classified.kind]
  return new Class(`${titles[classified.kind]}: ${classified.message}`, {
    exchange: context.exchange,
    status: context.status,
    request: context.request,
    cause: context.cause,
    code: classified.code,
    hint: classified.hint,
    exchangeMessage: classified.message,
    retryAfterMs: classified.retryAfterMs,
  })
}
