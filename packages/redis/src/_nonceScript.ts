import { luaScript } from './_runScript'

/**
 * Allocates one nonce atomically: max(anchor, mark + 1, floor + 1), where anchor is the caller's server-aligned
 * time in nonce units, and never more than `lead` units ahead of max(anchor, base) (the caller waits beyond).
 * That bound is what makes loss recoverable: every nonce handed out is at most `lead` ahead of its issuer's clock,
 * which is within `spread` of ours, so when the mark is missing (FLUSHALL, a restart without persistence) or
 * suspect (the caller reconnected: the server may have restarted from an older snapshot), raising it to
 * anchor + lead + spread puts it above every earlier nonce; allocation then waits about `spread` for time to
 * catch up, and the bound holds again. `base` is a nonce the exchange reported (above it even if far ahead).
 * Lua numbers are doubles: µs epochs (< 2^53) stay exact, and `%.0f` keeps them out of exponent notation.
 * With KEYS[2] (the key's send-order lease) and ARGV[7..8] (the holder's token, leaseMs), allocates only while that
 * token holds the lease, renewing it for leaseMs (the nonce is sent within that), and returns {'', 'lost'} otherwise.
 * KEYS[1] mark; ARGV: anchor, floor, base, lead, spread, suspect ('1'|'0'). Returns {nonce} or {'', unitsToWait}.
 * @internal
 */
export const nonceScript = luaScript(`
if KEYS[2] then
  if redis.call('GET', KEYS[2]) ~= ARGV[7] then return {'', 'lost'} end
  redis.call('PEXPIRE', KEYS[2], ARGV[8])
end
local anchor = tonumber(ARGV[1])
local floor = tonumber(ARGV[2])
local base = math.max(anchor, tonumber(ARGV[3]))
local lead = tonumber(ARGV[4])
local raw = redis.call('GET', KEYS[1])
local mark = raw and tonumber(raw) or 0
if raw == false or ARGV[6] == '1' then
  local recovered = anchor + lead + tonumber(ARGV[5])
  if recovered > mark then
    mark = recovered
    redis.call('SET', KEYS[1], string.format('%.0f', mark))
  end
end
local target = math.max(base, mark + 1, floor + 1)
local ahead = target - base - lead
if ahead > 0 then return {'', string.format('%.0f', ahead)} end
local text = string.format('%.0f', target)
redis.call('SET', KEYS[1], text)
return {text}
`)
