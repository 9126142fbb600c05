import { SignetError, type SignetErrorParameters } from './base'

/**
 * An option or capability the exchange cannot honour (a caller-chosen `windowMs` where the window is fixed, a
 * signed WebSocket login where the exchange has none); refused before anything is sent, with what to do instead.
 *
 * @example
 * throw new UnsupportedError('windowMs', 'KuCoin fixes the window at 5 s', { exchange: 'kucoin', hint: 'Remove windowMs.' })
 */
export class UnsupportedError extends SignetError {
  override name = 'UnsupportedError' as const
  override readonly kind: 'unsupported' = 'unsupported'
  /** The option or capability refused, e.g. `windowMs` or `signWebSocketAuth`. */
  readonly feature: string
  constructor(feature: string, reason: string, parameters: SignetErrorParameters = {}) {
    super(`Unsupported "${feature}": ${reason}.`, parameters)
    this.feature = feature
    if (this.hint === undefined) {
      Object.defineProperty(this, 'hint', {
        value: `Nothing was sent: remove "${feature}".`,
        enumerable: true,
        writable: false,
        configurable: true,
      })
    }
  }
}
