import type { ErrorKind } from '../exchange/types'
import type { SignetError } from './base'
import type { ClockUncertainError } from './clock'
import type {
  ExchangeError,
  InvalidApiKeyError,
  InvalidNonceError,
  InvalidSignatureError,
  IpNotAllowedError,
  PassphraseError,
  PermissionError,
  RateLimitError,
  TimestampOutOfWindowError,
} from './exchange'
import type { CredentialFormatError, InvalidParameterError } from './input'
import type { NetworkError } from './network'
import type { UnsupportedError } from './unsupported'

/**
 * Each core error class by its `kind`, the literal every instance carries:
 * - `signet`: a Signet error of no more specific kind (e.g. an unreadable server-time answer).
 * - `invalid-parameter`: a request field cannot be sent as given; nothing was sent.
 * - `credential-format`: a secret, key or passphrase has the wrong shape; nothing was sent.
 * - `unsupported`: an option or capability the exchange cannot honour (e.g. `windowMs` on a fixed window); nothing was sent.
 * - `clock-uncertain`: no timestamp could be guaranteed inside the exchange's window; nothing was sent.
 * - `network`: the transport failed (refused, reset, timeout, cut-off answer); the message says whether it was sent.
 * - `exchange`: the exchange answered an error of no more specific kind below.
 * - `invalid-signature`: the exchange recomputed a different signature.
 * - `timestamp`: the timestamp fell outside the exchange's window; not executed.
 * - `nonce`: the nonce was not above the key's last one; not executed.
 * - `invalid-api-key`: the API key is unknown, malformed, expired or of another environment.
 * - `passphrase`: the key's passphrase is wrong or missing.
 * - `permission`: the key lacks the permission the endpoint needs.
 * - `ip-not-allowed`: the key is bound to other IP addresses.
 * - `rate-limit`: too many requests; `retryAfterMs` says how long to wait when known.
 */
export type SignetErrorByKind = {
  // The base classes' `kind` fields are wide (subclasses narrow them); their own instances have these literals.
  signet: SignetError & { readonly kind: 'signet' }
  'invalid-parameter': InvalidParameterError
  'credential-format': CredentialFormatError
  unsupported: UnsupportedError
  'clock-uncertain': ClockUncertainError
  network: NetworkError
  exchange: ExchangeError & { readonly kind: 'exchange' }
  'invalid-signature': InvalidSignatureError
  timestamp: TimestampOutOfWindowError
  nonce: InvalidNonceError
  'invalid-api-key': InvalidApiKeyError
  passphrase: PassphraseError
  permission: PermissionError
  'ip-not-allowed': IpNotAllowedError
  'rate-limit': RateLimitError
}

/** The `kind` of a core Signet error; packages built on core (agent, redis) add their own literals. */
export type SignetErrorKind = keyof SignetErrorByKind

/** The `kind` of an error an exchange answered with: a classified cause, or `'exchange'` for `other`. */
export type ExchangeErrorKind = Exclude<ErrorKind, 'other'> | 'exchange'

/** Any core Signet error, as a union a `switch (error.kind)` narrows. */
export type AnySignetError = SignetErrorByKind[SignetErrorKind]

/** The error type a guard for `kind` narrows to: a core class, or a Signet error with that literal kind. */
export type SignetErrorOfKind<K extends string> = K extends SignetErrorKind
  ? SignetErrorByKind[K]
  : SignetError & { readonly kind: K }
