/**
 * The replies of the fleet's Lua scripts, decoded with Schema: an unexpected reply is a
 * `RedisUnavailable` (the policy falls back as for an unreachable Redis), never a defect.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Conn from "./redis.js"

const Int = Schema.Number
const Str = Schema.String

/** Decodes a script's reply; `what` names the policy in the error. @internal */
export const decodeReply = <A, I>(schema: Schema.Schema<A, I>, what: string) => (u: unknown) =>
  Schema.decodeUnknown(schema)(u).pipe(
    Effect.mapError(() => new Conn.RedisUnavailable({ reason: "error", message: `${what}: unexpected reply` }))
  )

/** `budgetLua.admit`: `[admitted, scope, limit, spent, held, windowStart, now, softReached]`. @internal */
export const AdmitReply = Schema.Tuple(Int, Str, Int, Int, Int, Int, Int, Int)
/** `budgetLua.finish`: `[found, windowStart, now, softReached]`. @internal */
export const FinishReply = Schema.Tuple(Int, Int, Int, Int)
/** `budgetLua.snapshot`: `[windowStart, now, spent, reserved, unsettled, …the same three per model]`. @internal */
export const SnapshotReply = Schema.Array(Int)
/** `rateLimitLua.acquire`: `[1, delay]` (go) or `[0, delay, which]` (refused). @internal */
export const AcquireReply = Schema.Union(Schema.Tuple(Schema.Literal(1), Int), Schema.Tuple(Schema.Literal(0), Int, Int))
/** `rateLimitLua.pausedUntil`: `[until, now]` on Redis' clock. @internal */
export const PausedReply = Schema.Tuple(Int, Int)
/** `breakerLua.cas`: `[1, version]` (written) or `[0, version, json]` (someone else was first). @internal */
export const CasReply = Schema.Union(Schema.Tuple(Schema.Literal(1), Int), Schema.Tuple(Schema.Literal(0), Int, Str))
/** `breakerLua.get`: `[version, json]`. @internal */
export const GetReply = Schema.Tuple(Int, Str)
