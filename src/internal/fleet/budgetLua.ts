/**
 * The shared budget's Lua scripts. Amounts are integer micro-USD (exact in Lua's doubles up to
 * 2^53 µUSD ≈ $9e9). Time is Redis' own clock (`TIME`), so every process agrees on lease ends and
 * window boundaries.
 *
 * Keys under the base `B` (the prefix plus the budget name):
 * - `B:held` hash: `r` reserved, `u` unsettled, `r:<model>`, `u:<model>` (models with a cap);
 * - `B:w:<windowStart>` hash: `s` spent, `s:<model>`, `soft` (soft-limit flag) of one window;
 * - `B:leases` sorted set: reservation id → lease end (ms);
 * - `B:res` hash: reservation id → `<amount>|<r or u>|<model key>`;
 * - `B:done` sorted set: reservations settled, released or counted in the last day (so a settle
 *   replayed after a lost reply, or arriving after its unsettled lease was counted, is a no-op).
 *
 * @internal
 */
import { script } from "./redis.js"

const prelude = `
local B = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local held = B .. ':held'
local function num(v) return tonumber(v) or 0 end
local function windowStart(windowMs)
  if windowMs <= 0 then return 0 end
  return math.floor(now / windowMs) * windowMs
end
local function wkey(ws) return B .. ':w:' .. ws end
local function touchWindow(ws, windowMs)
  if windowMs > 0 then redis.call('PEXPIRE', wkey(ws), windowMs * 2 + 86400000) end
end
-- Reservations whose lease ended: a reserved one returns its money, an unsettled one (possibly
-- billed, nobody left to reconcile it) is counted as spent at its estimate.
local function expire(windowMs)
  local ids = redis.call('ZRANGEBYSCORE', B .. ':leases', '-inf', now, 'LIMIT', 0, 500)
  local ws = windowStart(windowMs)
  for _, id in ipairs(ids) do
    local rec = redis.call('HGET', B .. ':res', id)
    if rec then
      local amount, status, mk = string.match(rec, '^(%d+)|(%a)|(.*)$')
      amount = tonumber(amount)
      redis.call('HINCRBY', held, status, 0 - amount)
      if mk ~= '' then redis.call('HINCRBY', held, status .. ':' .. mk, 0 - amount) end
      if status == 'u' then
        redis.call('HINCRBY', wkey(ws), 's', amount)
        if mk ~= '' then redis.call('HINCRBY', wkey(ws), 's:' .. mk, amount) end
        touchWindow(ws, windowMs)
        -- Counted: a late settle of this reservation must not count it again.
        redis.call('ZADD', B .. ':done', now, id)
      end
      redis.call('HDEL', B .. ':res', id)
    end
    redis.call('ZREM', B .. ':leases', id)
  end
end
local function scope(ws, mk)
  local sfield = 's'
  local rfield = 'r'
  local ufield = 'u'
  if mk ~= '' then
    sfield = 's:' .. mk
    rfield = 'r:' .. mk
    ufield = 'u:' .. mk
  end
  local spent = num(redis.call('HGET', wkey(ws), sfield))
  local h = redis.call('HMGET', held, rfield, ufield)
  return spent, num(h[1]), num(h[2])
end
-- Soft limit: the first change that reaches it in a window reports it (once per window, fleet-wide).
local function soft(ws, softLimit, windowMs)
  if softLimit < 0 then return 0 end
  local spent, r, u = scope(ws, '')
  if spent + r + u < softLimit then return 0 end
  if redis.call('HSETNX', wkey(ws), 'soft', '1') == 1 then
    touchWindow(ws, windowMs)
    return 1
  end
  return 0
end
`

/**
 * Admission (`reserve` and `check`). ARGV: base, mode (`reserve`|`check`), id, model key (or ''),
 * estimate, limit, model limit (-1: none), window ms (0: none), lease ms, soft limit (-1: none).
 *
 * Reply: `{admitted, scope, limit, spent, held, windowStart, now, softReached}`.
 *
 * @internal
 */
export const admit = script(
  "budget.admit",
  `${prelude}
local mode = ARGV[2]
local id = ARGV[3]
local mk = ARGV[4]
local estimate = tonumber(ARGV[5])
local limit = tonumber(ARGV[6])
local modelLimit = tonumber(ARGV[7])
local windowMs = tonumber(ARGV[8])
local leaseMs = tonumber(ARGV[9])
local softLimit = tonumber(ARGV[10])
expire(windowMs)
local ws = windowStart(windowMs)
local spent, r, u = scope(ws, '')
if spent + r + u + estimate > limit then
  return {0, 'session', limit, spent, r + u, ws, now, 0}
end
if mk ~= '' and modelLimit >= 0 then
  local ms, mr, mu = scope(ws, mk)
  if ms + mr + mu + estimate > modelLimit then
    return {0, 'model:' .. mk, modelLimit, ms, mr + mu, ws, now, 0}
  end
end
if mode == 'check' then
  return {1, 'session', limit, spent, r + u, ws, now, 0}
end
redis.call('HINCRBY', held, 'r', estimate)
if mk ~= '' then redis.call('HINCRBY', held, 'r:' .. mk, estimate) end
redis.call('HSET', B .. ':res', id, estimate .. '|r|' .. mk)
redis.call('ZADD', B .. ':leases', now + leaseMs, id)
return {1, 'session', limit, spent, r + u + estimate, ws, now, soft(ws, softLimit, windowMs)}
`
)

/**
 * Ends or changes a reservation. ARGV: base, id, action (`settle`|`unsettled`|`release`), actual
 * (µUSD, for `settle`), window ms, unsettled lease ms, soft limit, model key, estimate.
 *
 * A reservation whose lease already ended (its money went back) still adds its actual cost on
 * `settle`, so a call that outlives its lease is accounted for; one that already ended (`B:done`)
 * is left alone, so replaying a settlement whose reply was lost never counts it twice.
 *
 * Reply: `{found, windowStart, now, softReached}`.
 *
 * @internal
 */
export const finish = script(
  "budget.finish",
  `${prelude}
local id = ARGV[2]
local action = ARGV[3]
local actual = tonumber(ARGV[4])
local windowMs = tonumber(ARGV[5])
local unsettledLeaseMs = tonumber(ARGV[6])
local softLimit = tonumber(ARGV[7])
local fallbackMk = ARGV[8]
expire(windowMs)
local ws = windowStart(windowMs)
-- Ended reservations are remembered for a day, so a replayed or late settle is a no-op.
redis.call('ZREMRANGEBYSCORE', B .. ':done', '-inf', now - 86400000)
local rec = redis.call('HGET', B .. ':res', id)
if not rec then
  if redis.call('ZSCORE', B .. ':done', id) then return {0, ws, now, 0} end
  if action == 'settle' then
    redis.call('HINCRBY', wkey(ws), 's', actual)
    if fallbackMk ~= '' then redis.call('HINCRBY', wkey(ws), 's:' .. fallbackMk, actual) end
    touchWindow(ws, windowMs)
    return {0, ws, now, soft(ws, softLimit, windowMs)}
  end
  return {0, ws, now, 0}
end
local amount, status, mk = string.match(rec, '^(%d+)|(%a)|(.*)$')
amount = tonumber(amount)
if action == 'unsettled' then
  if status == 'r' then
    redis.call('HINCRBY', held, 'r', 0 - amount)
    redis.call('HINCRBY', held, 'u', amount)
    if mk ~= '' then
      redis.call('HINCRBY', held, 'r:' .. mk, 0 - amount)
      redis.call('HINCRBY', held, 'u:' .. mk, amount)
    end
    redis.call('HSET', B .. ':res', id, amount .. '|u|' .. mk)
    redis.call('ZADD', B .. ':leases', now + unsettledLeaseMs, id)
  end
  return {1, ws, now, 0}
end
redis.call('HINCRBY', held, status, 0 - amount)
if mk ~= '' then redis.call('HINCRBY', held, status .. ':' .. mk, 0 - amount) end
redis.call('HDEL', B .. ':res', id)
redis.call('ZREM', B .. ':leases', id)
redis.call('ZADD', B .. ':done', now, id)
if action == 'settle' then
  redis.call('HINCRBY', wkey(ws), 's', actual)
  if mk ~= '' then redis.call('HINCRBY', wkey(ws), 's:' .. mk, actual) end
  touchWindow(ws, windowMs)
  return {1, ws, now, soft(ws, softLimit, windowMs)}
end
return {1, ws, now, 0}
`
)

/**
 * Amounts of the session and the listed model keys. ARGV: base, window ms, model keys….
 * Reply: `{windowStart, now, spent, reserved, unsettled, (spent, reserved, unsettled) per model…}`.
 *
 * @internal
 */
export const snapshot = script(
  "budget.snapshot",
  `${prelude}
local windowMs = tonumber(ARGV[2])
expire(windowMs)
local ws = windowStart(windowMs)
local out = {ws, now}
local spent, r, u = scope(ws, '')
table.insert(out, spent)
table.insert(out, r)
table.insert(out, u)
for i = 3, #ARGV do
  local ms, mr, mu = scope(ws, ARGV[i])
  table.insert(out, ms)
  table.insert(out, mr)
  table.insert(out, mu)
end
return out
`
)

/**
 * Adds spending made under the local fallback while Redis was unreachable. ARGV: base, window ms,
 * amount, then pairs of (model key, amount). Reply: window start.
 *
 * @internal
 */
export const addSpent = script(
  "budget.addSpent",
  `${prelude}
local windowMs = tonumber(ARGV[2])
local ws = windowStart(windowMs)
redis.call('HINCRBY', wkey(ws), 's', tonumber(ARGV[3]))
for i = 4, #ARGV, 2 do
  redis.call('HINCRBY', wkey(ws), 's:' .. ARGV[i], tonumber(ARGV[i + 1]))
end
touchWindow(ws, windowMs)
return ws
`
)
