/**
 * Where the shared limiter keeps its sliding windows: the Redis scripts (`rateLimitLua.ts`), or the
 * same algorithm in memory (`slidingWindow.ts`) for this process alone while Redis is unreachable.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as RateLua from "./rateLimitLua.js"
import type * as Conn from "./redis.js"
import { AcquireReply, decodeReply, PausedReply } from "./replies.js"
import * as SlidingWindow from "./slidingWindow.js"

/** One limit of a call, with who owns it and what it counts. @internal */
export interface LimitSpec extends SlidingWindow.Spec {
  readonly owner: string
  readonly kind: "rpm" | "tpm"
}

/** The store behind the shared limiter: the Redis scripts, or the same algorithm in memory. @internal */
export interface WindowStore {
  readonly acquire: (
    id: string,
    model: string,
    specs: ReadonlyArray<LimitSpec>,
    failFast: boolean,
    maxWait: number
  ) => Effect.Effect<SlidingWindow.Decision, Conn.RedisUnavailable>
  readonly refund: (id: string, specs: ReadonlyArray<LimitSpec>) => Effect.Effect<void, Conn.RedisUnavailable>
  readonly pause: (key: string, millis: number) => Effect.Effect<void, Conn.RedisUnavailable>
  readonly pausedUntil: Effect.Effect<Option.Option<number>, Conn.RedisUnavailable>
}

/** The windows in memory, each limit scaled by `scale` (`localShare`). @internal */
export const memoryWindowStore = (scale: number): WindowStore => {
  const log = SlidingWindow.make()
  const scaled = (specs: ReadonlyArray<LimitSpec>) =>
    scale === 1 ? specs : specs.map((s) => ({ ...s, limit: Math.max(1, Math.floor(s.limit * scale)) }))
  return {
    acquire: (id, model, specs, failFast, maxWait) =>
      Effect.map(Clock.currentTimeMillis, (now) => log.acquire(now, id, model, scaled(specs), failFast, maxWait)),
    refund: (id, specs) => Effect.sync(() => log.refund(id, specs.map((s) => s.key))),
    pause: (key, millis) => Effect.asVoid(Effect.map(Clock.currentTimeMillis, (now) => log.pause(now, key, millis))),
    pausedUntil: Effect.map(Clock.currentTimeMillis, (now) => {
      const until = log.pausedUntil("pause")
      return until > now ? Option.some(until) : Option.none()
    })
  }
}

/** The windows on Redis under `base`. @internal */
export const redisWindowStore = (connection: Conn.Connection, base: string): WindowStore => ({
  acquire: (id, model, specs, failFast, maxWait) => {
    const args: Array<string | number> = [base, id, model, failFast ? "fail" : "delay", maxWait]
    for (const s of specs) args.push(s.key, s.limit, s.cost, s.windowMillis)
    return connection.eval(RateLua.acquire, args).pipe(
      Effect.flatMap(decodeReply(AcquireReply, "rate limit")),
      Effect.map((reply): SlidingWindow.Decision =>
        reply[0] === 1 ? { _tag: "Go", delay: reply[1] } : { _tag: "Refused", delay: reply[1], which: reply[2] }
      )
    )
  },
  refund: (id, specs) => {
    const args: Array<string | number> = [base]
    for (const s of specs) args.push(s.key, `${id}:${s.cost}`)
    return Effect.asVoid(connection.eval(RateLua.refund, args))
  },
  pause: (key, millis) => Effect.asVoid(connection.eval(RateLua.pause, [base, key, Math.max(0, Math.ceil(millis))])),
  pausedUntil: connection.eval(RateLua.pausedUntil, [base]).pipe(
    Effect.flatMap(decodeReply(PausedReply, "rate limit")),
    // Reported on this process' clock: the remaining pause added to the local time.
    Effect.flatMap(([until, now]) =>
      until > now
        ? Effect.map(Clock.currentTimeMillis, (local) => Option.some(local + (until - now)))
        : Effect.succeed(Option.none())
    )
  )
})
