import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'

/** A Lua script with its SHA1, sent by hash and re-sent in full when the server no longer has it. @internal */
export type LuaScript = { source: string; sha: string }

/** @internal */
export function luaScript(source: string): LuaScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') }
}

/** Raised when Redis does not answer within the deadline; callers apply their unavailability policy. @internal */
export class RedisTimeoutError extends Error {
  override name = 'RedisTimeoutError'
}

/**
 * Runs `script` atomically on the server with EVALSHA, falling back to EVAL after NOSCRIPT (a restarted or
 * flushed server forgets scripts), waiting for a (re)connecting client to be ready, and rejects after `timeoutMs`
 * so an unreachable server never stalls a bot.
 * @internal
 */
export async function runScript(
  redis: Redis,
  script: LuaScript,
  keys: readonly string[],
  args: readonly (string | number)[],
  timeoutMs: number,
): Promise<unknown> {
  const call = async () => {
    // A client still (re)connecting gets until the deadline to be ready: without an offline queue, a command sent
    // now would fail at once and count as Redis being unreachable.
    await whenReady(redis, timeoutMs)
    try {
      return await redis.evalsha(script.sha, keys.length, ...keys, ...args)
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error
      return await redis.eval(script.source, keys.length, ...keys, ...args)
    }
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RedisTimeoutError(`Redis did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    )
    timer.unref()
  })
  try {
    return await Promise.race([call(), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Resolves once `redis` is ready, or after `timeoutMs` (the next command then fails and says why). @internal */
export async function whenReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return
  let onReady: (() => void) | undefined
  let timer: NodeJS.Timeout | undefined
  try {
    await new Promise<void>((resolve) => {
      onReady = resolve
      redis.once('ready', resolve)
      timer = setTimeout(resolve, timeoutMs)
      timer.unref()
    })
  } finally {
    clearTimeout(timer)
    if (onReady) redis.removeListener('ready', onReady)
  }
}
