import { luaScript } from './_runScript'

/**
 * Takes the key's lease for `token` when nobody holds it, or confirms it when `token` already holds it: an earlier
 * attempt whose answer timed out (Redis paused) may have been granted it, and must not leave the key locked for
 * leaseMs. KEYS: lease. ARGV: token, leaseMs. Returns 1 or 0. @internal
 */
export const acquireScript = luaScript(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`)

/** Gives the lease back, only if `token` still holds it (it may have expired and gone to another). @internal */
export const releaseScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)

/** Extends the lease while `token` still holds it. KEYS: lease. ARGV: token, leaseMs. Returns 1 or 0. @internal */
export const renewScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`)
