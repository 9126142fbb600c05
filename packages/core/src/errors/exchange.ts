import { redactText } from '../redact/redactText'
import { SignetError, type SignetErrorParameters } from './base'

/** Parameters of an error the exchange (or its emulator) answered with. */
export type ExchangeErrorParameters = SignetErrorParameters & {
  /** HTTP status of the response. */
  status?: number | undefined
  /** The exchange's message, verbatim except for signatures and credentials an echo may carry (redacted). */
  exchangeMessage?: string | undefined
  /** Milliseconds to wait before retrying, when the exchange said so. */
  retryAfterMs?: number | undefined
}

/** Any error answer from an exchange; the specific subclasses below say which known cause it is. */
export class ExchangeError extends SignetError {
  override name: string = 'ExchangeError'
  readonly status: number | undefined
  readonly exchangeMessage: string | undefined
  readonly retryAfterMs: number | undefined
  constructor(shortMessage: string, parameters: ExchangeErrorParameters = {}) {
    const { status, exchangeMessage, retryAfterMs, ...rest } = parameters
    super(shortMessage, rest)
    this.status = status
    this.exchangeMessage = exchangeMessage === undefined ? undefined : redactText(exchangeMessage)
    this.retryAfterMs = retryAfterMs
  }
}

/** The exchange recomputed a different signature (Binance -1022, Bybit 10004, OKX 50113). */
export class InvalidSignatureError extends ExchangeError {
  override name = 'InvalidSignatureError' as const
}

/** The timestamp fell outside the exchange's window (Binance -1021, Bybit 10002, OKX 50102); the request was not executed. */
export class TimestampOutOfWindowError extends ExchangeError {
  override name = 'TimestampOutOfWindowError' as const
}

/** The nonce was not above the key's last one (Kraken `EAPI:Invalid nonce`); the request was not executed. */
export class InvalidNonceError extends ExchangeError {
  override name = 'InvalidNonceError' as const
}

/** The API key is unknown, malformed, expired or for another environment. */
export class InvalidApiKeyError extends ExchangeError {
  override name = 'InvalidApiKeyError' as const
}

/** The passphrase sent with the key is wrong or missing (OKX, KuCoin). */
export class PassphraseError extends ExchangeError {
  override name = 'PassphraseError' as const
}

/** The key lacks the permission the endpoint needs. */
export class PermissionError extends ExchangeError {
  override name = 'PermissionError' as const
}

/** The key is bound to IP addresses that do not include this one. */
export class IpNotAllowedError extends ExchangeError {
  override name = 'IpNotAllowedError' as const
}

/** Too many requests; `retryAfterMs` says how long to wait when the exchange told us. */
export class RateLimitError extends ExchangeError {
  override name = 'RateLimitError' as const
}
