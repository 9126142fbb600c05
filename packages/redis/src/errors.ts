import { SignetError } from '@signet/core'

/** Redis did not answer in time and the configured policy does not allow going on without it. */
export class RedisUnavailableError extends SignetError {
  override name = 'RedisUnavailableError' as const
  override readonly kind: 'redis-unavailable' = 'redis-unavailable'
}
