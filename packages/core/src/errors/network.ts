import { SignetError } from './base'

/** The request could not be completed at the transport level (connection refused or reset, timeout, unreadable answer). */
export class NetworkError extends SignetError {
  override name = 'NetworkError' as const
  override readonly kind: 'network' = 'network'
}
