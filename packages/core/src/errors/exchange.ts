import { redactHeaders } from '../redact/redact'
import { redactData } from '../redact/redactData'
import { redactText } from '../redact/redactText'
import { isSignetError, SignetError, type SignetErrorParameters } from './base'
import type { ExchangeErrorKind } from './kinds'

/** The HTTP answer an exchange error came from, without its body (see `data`). */
export type ExchangeErrorResponse = {
  /** HTTP status. */
  readonly status: number
  /** Response headers, with every key, signature, passphrase, token and cookie value redacted. */
  readonly headers: Readonly<Record<string, string>>
}

/** Parameters of an error the exchange (or its emulator) answered with. */
export type ExchangeErrorParameters = SignetErrorParameters & {
  /** HTTP status of the response. */
  status?: number | undefined
  /** The exchange's message, verbatim except for signatures and credentials an echo may carry (redacted). */
  exchangeMessage?: string | undefined
  /** Milliseconds to wait before retrying, when the exchange said so. */
  retryAfterMs?: number | undefined
  /** The parsed answer body (JSON, or the text when it is not JSON); kept as a redacted copy. */
  data?: unknown
  /** The answer's status and headers; kept with its headers redacted. */
  response?: ExchangeErrorResponse | undefined
}

/** Any error answer from an exchange; the specific subclasses below say which known cause it is. */
export class ExchangeError extends SignetError {
  override name: string = 'ExchangeError'
  /** `'exchange'` for an answer of no more specific kind; each subclass below has its own. */
  override readonly kind: ExchangeErrorKind = 'exchange'
  readonly status: number | undefined
  readonly exchangeMessage: string | undefined
  readonly retryAfterMs: number | undefined
  /**
   * The parsed answer body, redacted (no signature, secret, passphrase or full API key): what the exchange said,
   * including the results of a batch's operations that succeeded. Undefined when the error was not built from an answer.
   */
  readonly data: unknown
  /** The answer's status and redacted headers, when the error was built from one. */
  readonly response: ExchangeErrorResponse | undefined
  constructor(shortMessage: string, parameters: ExchangeErrorParameters = {}) {
    const { status, exchangeMessage, retryAfterMs, data, response, ...rest } = parameters
    super(shortMessage, rest)
    this.status = status ?? response?.status
    this.exchangeMessage = exchangeMessage === undefined ? undefined : redactText(exchangeMessage)
    this.retryAfterMs = retryAfterMs
    // Redacted here too (the client already redacts with the request's own values): one rule at the edge.
    this.data = data === undefined ? undefined : redactData(data)
    this.response =
      response === undefined
        ? undefined
        : { status: response.status, headers: redactHeaders(response.headers) }
  }
}

/**
 * True for an error an exchange answered with (any `ExchangeError` kind), also from another copy of `@signet/core`.
 *
 * @example
 * if (isExchangeError(e)) console.log(e.status, e.code, e.data)
 */
export function isExchangeError(error: unknown): error is ExchangeError {
  return isSignetError(error) && Object.hasOwn(exchangeKinds, error.kind)
}

// A record, not a list, so a kind added to `ErrorKind` without being added here does not compile.
const exchangeKinds: Record<ExchangeErrorKind, true> = {
  exchange: true,
  'invalid-signature': true,
  timestamp: true,
  nonce: true,
  'invalid-api-key': true,
  passphrase: true,
  permission: true,
  'ip-not-allowed': true,
  'rate-limit': true,
}

/** The exchange recomputed a different signature (Binance -1022, Bybit 10004, OKX 50113). */
export class InvalidSignatureError extends ExchangeError {
  override name = 'InvalidSignatureError' as const
  override readonly kind: 'invalid-signature' = 'invalid-signature'
}

/** The timestamp fell outside the exchange's window (Binance -1021, Bybit 10002, OKX 50102); the request was not executed. */
export class TimestampOutOfWindowError extends ExchangeError {
  override name = 'TimestampOutOfWindowError' as const
  override readonly kind: 'timestamp' = 'timestamp'
}

/** The nonce was not above the key's last one (Kraken `EAPI:Invalid nonce`); the request was not executed. */
export class InvalidNonceError extends ExchangeError {
  override name = 'InvalidNonceError' as const
  override readonly kind: 'nonce' = 'nonce'
}

/** The API key is unknown, malformed, expired or for another environment. */
export class InvalidApiKeyError extends ExchangeError {
  override name = 'InvalidApiKeyError' as const
  override readonly kind: 'invalid-api-key' = 'invalid-api-key'
}

/** The passphrase sent with the key is wrong or missing (OKX, KuCoin). */
export class PassphraseError extends ExchangeError {
  override name = 'PassphraseError' as const
  override readonly kind: 'passphrase' = 'passphrase'
}

/** The key lacks the permission the endpoint needs. */
export class PermissionError extends ExchangeError {
  override name = 'PermissionError' as const
  override readonly kind: 'permission' = 'permission'
}

/** The key is bound to IP addresses that do not include this one. */
export class IpNotAllowedError extends ExchangeError {
  override name = 'IpNotAllowedError' as const
  override readonly kind: 'ip-not-allowed' = 'ip-not-allowed'
}

/** Too many requests; `retryAfterMs` says how long to wait when the exchange told us. */
export class RateLimitError extends ExchangeError {
  override name = 'RateLimitError' as const
  override readonly kind: 'rate-limit' = 'rate-limit'
}
