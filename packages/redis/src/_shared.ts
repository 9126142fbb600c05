import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'

/** Redis key for a caller's key name: hashed, so API keys never appear in Redis key names. @internal */
export function redisKey(prefix: string, kind: string, name: string): string {
  return `${prefix}${kind}:${hashName(name)}`
}

/** A short, stable stand-in for a name (an API key, a counter id) that must not appear in Redis. @internal */
export function hashName(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 24)
}

/** @internal */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Counts (re)connections of a client, so a caller can tell that the server it talks to may have restarted
 * since its last call. @internal
 */
export function connectionGeneration(redis: Redis): () => number {
  let generation = 0
  // The first connection of a client that is still connecting is not a reconnection.
  let first = redis.status !== 'ready'
  redis.on('ready', () => {
    if (first) first = false
    else generation++
  })
  return () => generation
}
