import { luaScript } from './_runScript'

/**
 * Reserves one request's cost atomically in every counter it is charged to, or reserves nothing and says how long
 * to wait. A fixed-window counter is one key per window of the exchange's clock (the caller names each window the
 * request may arrive in) and expires after its window; a rolling (or decaying) counter is a sorted set of
 * `id:weight` members scored by Redis's own TIME, one clock for every host (a rolling window needs spacing, not
 * alignment, so hosts' clock disagreement costs nothing), trimmed as it goes and expiring when idle; a process
 * killed mid-request leaks nothing past its window. Scripts are replicated by effects (Redis ≥ 5), so TIME is safe.
 * The epoch key tells callers that counters were lost (FLUSHALL, restart) so they can distrust them; it is made
 * as `<newEpoch>#<Redis TIME, ms>`, and every reply carries Redis's TIME, so a caller can tell how long ago, on one
 * clock, the epoch was made.
 * KEYS: block, epoch, then one per entry. ARGV: at, id, newEpoch, then per entry: kind ('f'|'r'), weight, limit,
 * p (fixed: when a retry makes sense, epoch ms; rolling: window width, ms), ttl (ms).
 * Returns {1, epoch, rnow, used...} or {0, epoch, rnow, waitMs}.
 * @internal
 */
export const reserveScript = luaScript(`
local at = tonumber(ARGV[1])
local time = redis.call('TIME')
local rnow = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local epoch = redis.call('GET', KEYS[2])
if not epoch then
  epoch = ARGV[3] .. '#' .. string.format('%.0f', rnow)
  redis.call('SET', KEYS[2], epoch)
end
local wait = 0
local block = tonumber(redis.call('GET', KEYS[1]) or '0')
if block > at then wait = block - at end
local function weightOf(member) return tonumber(string.match(member, ':(%d+)$')) end
local used = {}
for i = 3, #KEYS do
  local o = 4 + (i - 3) * 5
  local kind, weight, limit, p = ARGV[o], tonumber(ARGV[o + 1]), tonumber(ARGV[o + 2]), tonumber(ARGV[o + 3])
  local key = KEYS[i]
  if kind == 'f' then
    used[i] = tonumber(redis.call('GET', key) or '0')
    if used[i] + weight > limit then wait = math.max(wait, p - at) end
  else
    redis.call('ZREMRANGEBYSCORE', key, '-inf', rnow - 2 * p)
    local entries = redis.call('ZRANGEBYSCORE', key, '(' .. (rnow - p), '+inf', 'WITHSCORES')
    local sum = 0
    for j = 1, #entries, 2 do sum = sum + weightOf(entries[j]) end
    used[i] = sum
    if sum + weight > limit then
      for j = 1, #entries, 2 do
        sum = sum - weightOf(entries[j])
        if sum + weight <= limit then
          wait = math.max(wait, tonumber(entries[j + 1]) + p - rnow + 1)
          break
        end
      end
    end
  end
end
if wait > 0 then return {0, epoch, rnow, string.format('%.0f', math.ceil(wait))} end
local reply = {1, epoch, rnow}
for i = 3, #KEYS do
  local o = 4 + (i - 3) * 5
  local weight, ttl = tonumber(ARGV[o + 1]), tonumber(ARGV[o + 4])
  if ARGV[o] == 'f' then
    redis.call('INCRBY', KEYS[i], weight)
  else
    redis.call('ZADD', KEYS[i], rnow, ARGV[2] .. ':' .. i .. ':' .. weight)
  end
  redis.call('PEXPIRE', KEYS[i], math.ceil(ttl))
  reply[#reply + 1] = used[i] + weight
end
return reply
`)

/** Backs everyone off until `until` (server-aligned epoch ms), never shortening a longer back-off. KEYS: block. ARGV: until, ttl. @internal */
export const blockScript = luaScript(`
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', math.ceil(tonumber(ARGV[2])))
end
return 1
`)

/**
 * Raises a counter to the usage the exchange reported (a rolling one on Redis's clock, as reserved); a fixed
 * window's report is also kept as its floor, below which no release takes it. KEYS: counter, then (fixed) its
 * floor. ARGV: kind, used, (unused), id, width (rolling), ttl. @internal
 */
export const raiseScript = luaScript(`
local used = tonumber(ARGV[2])
if ARGV[1] == 'f' then
  local ttl = math.ceil(tonumber(ARGV[6]))
  local current = tonumber(redis.call('GET', KEYS[1]) or '0')
  if used > current then
    redis.call('INCRBY', KEYS[1], used - current)
    redis.call('PEXPIRE', KEYS[1], ttl)
  end
  if used > tonumber(redis.call('GET', KEYS[2]) or '0') then redis.call('SET', KEYS[2], used, 'PX', ttl) end
  return 1
end
local time = redis.call('TIME')
local at = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local entries = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (at - tonumber(ARGV[5])), '+inf')
local sum = 0
for j = 1, #entries do sum = sum + tonumber(string.match(entries[j], ':(%d+)$')) end
if used > sum then
  redis.call('ZADD', KEYS[1], at, ARGV[4] .. ':r:' .. (used - sum))
  redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[6])))
end
return 1
`)

/**
 * Takes a reservation's weight out of fixed windows its request cannot have reached (its answer came before they
 * began), never below a window's reported floor, and only if the counters are still those it was reserved in.
 * KEYS: epoch, then per window its counter and floor. ARGV: the epoch when reserved, then per window the weight.
 * @internal
 */
export const releaseScript = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
for i = 2, #KEYS, 2 do
  local current = tonumber(redis.call('GET', KEYS[i]) or '0')
  local floor = tonumber(redis.call('GET', KEYS[i + 1]) or '0')
  local target = math.max(current - tonumber(ARGV[i / 2 + 1]), floor, 0)
  if target < current then redis.call('DECRBY', KEYS[i], current - target) end
end
return 1
`)

/** Answers when the server runs scripts again (after a restart it may answer PING before loading). @internal */
export const pingScript = luaScript(`return 1`)
