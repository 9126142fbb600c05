import { SignetError, type SignetErrorParameters } from './base'

/** A request parameter (or body field) that cannot be sent as given; names the field and what was expected. */
export class InvalidParameterError extends SignetError {
  override name = 'InvalidParameterError' as const
  override readonly kind: 'invalid-parameter' = 'invalid-parameter'
  /** The parameter path, e.g. `price` or `body.orders[0].qty`. */
  readonly field: string
  constructor(field: string, expected: string, received: string, parameters: SignetErrorParameters = {}) {
    super(`Invalid parameter "${field}": expected ${expected}, received ${received}.`, parameters)
    this.field = field
    // Every failure a caller sees carries a hint; the default repeats what to change (kept out of the message,
    // which already says it).
    if (this.hint === undefined) defaultHint(this, `Nothing was sent: change "${field}" to ${expected}.`)
  }
}

/** A credential (secret, private key, passphrase, API key) whose shape is wrong; never contains the value. */
export class CredentialFormatError extends SignetError {
  override name = 'CredentialFormatError' as const
  override readonly kind: 'credential-format' = 'credential-format'
  /** The credential field, e.g. `secret` or `privateKey`. */
  readonly field: string
  constructor(field: string, problem: string, parameters: SignetErrorParameters = {}) {
    super(`Invalid credential "${field}": ${problem}.`, parameters)
    this.field = field
    if (this.hint === undefined) {
      defaultHint(
        this,
        `Nothing was sent: copy the ${field} again from the exchange's API page, exactly as issued.`,
      )
    }
  }
}

function defaultHint(error: SignetError, hint: string): void {
  Object.defineProperty(error, 'hint', { value: hint, enumerable: true, writable: false, configurable: true })
}
