import { SignetError, type SignetErrorParameters } from './base'

/** No timestamp can be guaranteed inside the exchange's window, so the request was not sent. */
export class ClockUncertainError extends SignetError {
  override name = 'ClockUncertainError' as const
  override readonly kind: 'clock-uncertain' = 'clock-uncertain'
  /** The clock's uncertainty when the decision was made, in ms. */
  readonly uncertaintyMs: number
  constructor(shortMessage: string, uncertaintyMs: number, parameters: SignetErrorParameters = {}) {
    super(shortMessage, parameters)
    this.uncertaintyMs = uncertaintyMs
  }
}
