/**
 * The shared breaker store's scripts: a versioned record per circuit, changed by compare-and-set.
 * A process keeps the last version it saw; a decision sends that version with the new record (or
 * none when the decision changes nothing). The script applies it only if the version is still
 * current, and otherwise answers with the current record — so a decision costs one round trip,
 * a stale process learns the fleet's state in that same round trip, and of several processes
 * racing to grant the half-open probe exactly one wins.
 *
 * Every write is also published, so a process whose cached version is confirmed and not
 * invalidated since can decide "nothing changes" (a closed circuit admits, an open one rejects)
 * without a round trip; a decision that changes the record always goes through the script.
 *
 * Key `<prefix>cb:<circuit>` hash: `v` version, `e` the record (JSON).
 *
 * @internal
 */
import { script } from "./redis.js"

/**
 * ARGV: key, expected version, new record JSON ('' = no change), ttl ms, channel. A write is
 * published on the channel (the circuit's key) so other processes drop their cached version.
 * Reply: `{1, version}` (applied or confirmed) or `{0, version, record}` (stale).
 *
 * @internal
 */
export const cas = script(
  "breaker.cas",
  `
local key = ARGV[1]
local cur = redis.call('HMGET', key, 'v', 'e')
local v = tonumber(cur[1]) or 0
if v ~= tonumber(ARGV[2]) then
  return {0, v, cur[2] or ''}
end
if ARGV[3] == '' then return {1, v} end
redis.call('HSET', key, 'v', v + 1, 'e', ARGV[3])
redis.call('PEXPIRE', key, tonumber(ARGV[4]))
redis.call('PUBLISH', ARGV[5], key)
return {1, v + 1}
`
)

/**
 * ARGV: key. Reply: `{version, record or ''}`.
 *
 * @internal
 */
export const get = script(
  "breaker.get",
  `
local cur = redis.call('HMGET', ARGV[1], 'v', 'e')
return {tonumber(cur[1]) or 0, cur[2] or ''}
`
)
