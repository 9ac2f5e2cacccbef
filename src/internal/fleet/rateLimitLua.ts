/**
 * The shared rate limiter's Lua scripts: sliding-window logs on Redis' clock. Each limit is a
 * sorted set of the slots taken (member `<id>:<cost>`, score = send time in ms, possibly in the
 * future for a caller that waits). A slot at `T` is allowed when the costs of the slots in
 * `(T − window, T]` plus its own cost stay within the limit, and `T` is not before any slot already
 * taken (first come, first served) — so no window of that length ever holds more than the limit.
 * One script checks every limit that applies (global and per model, requests and tokens) and the
 * pauses, and takes the slot on all of them or on none.
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
  local limit = tonumber(ARGV[i + 1])
  local cost = tonumber(ARGV[i + 2])
  local window = tonumber(ARGV[i + 3])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. (now - window + 1))
  local entries = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
  local at = now
  local n = #entries / 2
  if n > 0 then
    local last = tonumber(entries[2 * n])
    if last > at then at = last end
  end
  local sum = 0
  local costs = {}
  local inWindow = {}
  for j = 1, n do
    local c = tonumber(string.match(entries[2 * j - 1], ':(%d+)$')) or 1
    costs[j] = c
    inWindow[j] = tonumber(entries[2 * j]) > at - window
    if inWindow[j] then sum = sum + c end
  end
  -- Drop the oldest slots until this one fits (a cost above the limit waits for an empty window).
  local j = 1
  while sum + cost > limit and j <= n do
    local score = tonumber(entries[2 * j])
    if inWindow[j] then
      if score + window > at then at = score + window end
      sum = sum - costs[j]
    end
    j = j + 1
  end
  if at > T then
    T = at
    which = (i - 6) / 4 + 1
  end
  table.insert(specs, {key, cost, window})
end
local delay = T - now
if delay > 0 and (failFast or delay > maxWait) then
  return {0, delay, which}
end
for _, s in ipairs(specs) do
  redis.call('ZADD', s[1], T, id .. ':' .. s[2])
  redis.call('PEXPIRE', s[1], delay + s[3] + 1000)
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
  redis.call('ZREM', B .. ':' .. ARGV[i], ARGV[i + 1])
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
