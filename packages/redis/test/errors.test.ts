import { isSignetError } from '@signet/core'
import { expect, it } from 'vitest'
import { RedisUnavailableError } from '../src'

it('default: RedisUnavailableError has its own kind, and the kind guard recognises it', () => {
  const error = new RedisUnavailableError('Redis did not answer in 50 ms')
  expect(error.kind).toBe('redis-unavailable')
  expect(isSignetError(error, 'redis-unavailable')).toBe(true)
  expect(isSignetError(error, 'network')).toBe(false)
})
