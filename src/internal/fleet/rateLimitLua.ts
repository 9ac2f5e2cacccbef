/**
 * The shared rate limiter's Lua scripts: sliding-window logs on Redis' clock. Each limit is a
 * sorted set of the slots taken (member `<id>:<cost>`, score = send time in ms, possibly in the
 * future for a caller that waits). A slot at `T` is allowed when the costs of the slots in
 * `(T − window, T]` plus its own cost stay within the limit, and `T` is not before any slot already
 * taken (first come, first served) — so no window of that length ever holds more than the limit.
 * One script checks every limit that applies (global and per model, requests and tokens) and the
 * pauses, and takes the slot on all of them or on none. A running sum per limit (`<key>:sum`) keeps
 * a decision at O(log n + slots examined): only the slots that must leave the window are read.
 *
 * @internal
 */
import { script } from "./redis.js"

const prelude = `
local B = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`

/**
 * ARGV: base, member id, model, mode (`fail`|`delay`), max wait ms, then per limit: key suffix,
 * limit, cost, window ms.
 *
 * Reply: `{1, delay}` (slot taken at now + delay) or `{0, delay, index}` (refused; index 0 = a
 * pause, else the 1-based limit that needs the longest wait).
 *
 * @internal
 */
export const acquire = script(
  "rateLimit.acquire",
  `${prelude}
local id = ARGV[2]
local model = ARGV[3]
local failFast = ARGV[4] == 'fail'
local maxWait = tonumber(ARGV[5])
local T = now
local which = 0
local paused = math.max(tonumber(redis.call('GET', B .. ':pause') or '0') or 0,
  tonumber(redis.call('GET', B .. ':pause:' .. model) or '0') or 0)
if paused > T then T = paused end
local specs = {}
for i = 6, #ARGV, 4 do
  local key = B .. ':' .. ARGV[i]
  local sumKey = key .. ':sum'
  local limit = tonumber(ARGV[i + 1])
  local cost = tonumber(ARGV[i + 2])
  local window = tonumber(ARGV[i + 3])
  -- Slots that left the window: subtract their costs from the running sum, then drop them.
  local old = redis.call('ZRANGEBYSCORE', key, '-inf', now - window)
  if #old > 0 then
    local gone = 0
    for _, m in ipairs(old) do gone = gone + (tonumber(string.match(m, ':(%d+)$')) or 1) end
    redis.call('DECRBY', sumKey, gone)
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  end
  local sum = tonumber(redis.call('GET', sumKey) or '0') or 0
  local at = now
  local last = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
  if #last > 0 and tonumber(last[2]) > at then at = tonumber(last[2]) end
  -- Walk the slots oldest first (a few at a time): skip those at or before at - window (not in
  -- the window that ends at at), then drop the oldest until this one fits (a cost above the limit
  -- waits for an empty window).
  local j = 0
  local batch = {}
  local b = 1
  while true do
    if b > #batch then
      batch = redis.call('ZRANGE', key, j, j + 31, 'WITHSCORES')
      j = j + 32
      b = 1
      if #batch == 0 then break end
    end
    local score = tonumber(batch[b + 1])
    local c = tonumber(string.match(batch[b], ':(%d+)$')) or 1
    if score <= at - window then
      sum = sum - c
    elseif sum + cost > limit then
      if score + window > at then at = score + window end
      sum = sum - c
    else
      break
    end
    b = b + 2
  end
  if at > T then
    T = at
    which = (i - 6) / 4 + 1
  end
  table.insert(specs, {key, cost, window, sumKey})
end
local delay = T - now
if delay > 0 and (failFast or delay > maxWait) then
  return {0, delay, which}
end
for _, s in ipairs(specs) do
  redis.call('ZADD', s[1], T, id .. ':' .. s[2])
  redis.call('INCRBY', s[4], s[2])
  redis.call('PEXPIRE', s[1], delay + s[3] + 1000)
  redis.call('PEXPIRE', s[4], delay + s[3] + 1000)
end
return {1, delay}
`
)

/**
 * Gives a slot back (a waiter was interrupted). ARGV: base, then pairs of (key suffix, member).
 *
 * @internal
 */
export const refund = script(
  "rateLimit.refund",
  `
local B = ARGV[1]
for i = 2, #ARGV, 2 do
  local key = B .. ':' .. ARGV[i]
  if redis.call('ZREM', key, ARGV[i + 1]) == 1 then
    redis.call('DECRBY', key .. ':sum', tonumber(string.match(ARGV[i + 1], ':(%d+)$')) or 1)
  end
end
return 1
`
)

/**
 * Pauses (never shortens a pause). ARGV: base, key suffix (`pause` or `pause:<model>`), ms.
 * Reply: the pause's end (Redis ms).
 *
 * @internal
 */
export const pause = script(
  "rateLimit.pause",
  `${prelude}
local key = B .. ':' .. ARGV[2]
local untilMs = now + tonumber(ARGV[3])
local current = tonumber(redis.call('GET', key) or '0') or 0
if current >= untilMs then return current end
redis.call('SET', key, untilMs, 'PX', tonumber(ARGV[3]) + 1000)
return untilMs
`
)

/**
 * The global pause's end. ARGV: base. Reply: `{end or 0, now}`.
 *
 * @internal
 */
export const pausedUntil = script(
  "rateLimit.pausedUntil",
  `${prelude}
local current = tonumber(redis.call('GET', B .. ':pause') or '0') or 0
return {current, now}
`
)
