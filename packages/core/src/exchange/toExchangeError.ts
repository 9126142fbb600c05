import {
  ExchangeError,
  type ExchangeErrorResponse,
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

// Every failure a caller sees carries a hint: these stand in where the exchange's table has none for the answer.
const fallbackHints: Record<ErrorKind, string> = {
  'invalid-signature':
    'Check that the secret matches this API key and that the signed bytes are the bytes sent.',
  timestamp: 'Resync the clock with the exchange (signet doctor shows the offset) and send again.',
  nonce: 'Use a nonce source shared by every process that signs with this key.',
  'invalid-api-key': 'Check that the API key was copied whole and belongs to this environment.',
  passphrase: 'Check the passphrase you chose when you created the key.',
  permission: 'Grant the key the permission this endpoint needs.',
  'ip-not-allowed': "Add this machine's IP address to the key's allow-list.",
  'rate-limit': 'Wait (Retry-After when given) and lower the request rate.',
  other:
    'Read the message: the exchange (or a proxy in front of it) did not accept the request as sent; if it places or cancels an order, query the order by its client order id before sending it again.',
}

/**
 * Turns a classified exchange answer into the matching typed error.
 *
 * @example
 * throw toExchangeError(binance.classifyError(response)!, { exchange: 'binance', status: 400, request: 'POST /api/v3/order' })
 */
export function toExchangeError(
  classified: ClassifiedError,
  context: {
    exchange: string
    status?: number | undefined
    request?: string | undefined
    cause?: unknown
    /** The parsed answer body, kept (redacted) as `error.data`. */
    data?: unknown
    /** The answer's status and headers, kept (headers redacted) as `error.response`. */
    response?: ExchangeErrorResponse | undefined
  },
): ExchangeError {
  const Class = classes[classified.kind]
  return new Class(`${titles[classified.kind]}: ${classified.message}`, {
    exchange: context.exchange,
    status: context.status,
    request: context.request,
    cause: context.cause,
    code: classified.code,
    hint: classified.hint ?? fallbackHints[classified.kind],
    exchangeMessage: classified.message,
    retryAfterMs: classified.retryAfterMs,
    data: context.data,
    response: context.response,
  })
}
