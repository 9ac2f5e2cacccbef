/**
 * The shared rate limit (`Fleet.makeRateLimit`, `Fleet.layerRateLimit`): the `RateLimit` service
 * over a sliding-window log per limit (`windowStore.ts`), limiting each process alone (or refusing)
 * while Redis is unreachable.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { RateLimitExceededError } from "../../OpenRouterError.js"
import * as RateLimit from "../../RateLimit.js"
import { FleetRedis, processId } from "./connection.js"
import type * as Conn from "./redis.js"
import type * as SlidingWindow from "./slidingWindow.js"
import { type LimitSpec, memoryWindowStore, redisWindowStore, type WindowStore } from "./windowStore.js"

/**
 * One shared limit: at most `requests` calls and `tokens` estimated tokens in any `window`
 * (default one minute, so `{ requests: 60 }` is 60 rpm).
 *
 * @since 0.1.0
 * @category options
 */
export interface Limit {
  readonly requests?: number | undefined
  readonly tokens?: number | undefined
  readonly window?: Duration.DurationInput | undefined
}

/**
 * Shared limiter settings (like {@link RateLimit.Options}, with a window per limit).
 *
 * @since 0.1.0
 * @category options
 */
export interface RateLimitOptions {
  readonly global?: Limit | undefined
  readonly perModel?: Limit | undefined
  readonly models?: Readonly<Record<string, Limit>> | undefined
  /** Wait for a slot (`"delay"`, default) or fail at once (`"fail"`). */
  readonly onExceeded?: "delay" | "fail" | undefined
  /** In `"delay"` mode, a required wait above this fails at once instead. Default 30 s. */
  readonly maxWait?: Duration.DurationInput | undefined
  /** Name of the limiter in Redis. Default `"default"`. */
  readonly name?: string | undefined
  /**
   * When Redis cannot be reached: `"local"` (default) limits this process alone with the same
   * algorithm, each limit multiplied by `localShare` (default 1: with N processes the fleet may
   * then send up to N times the limit); `"fail"` refuses every call (`limit: "paused"`).
   */
  readonly onRedisFailure?: "local" | "fail" | undefined
  readonly localShare?: number | undefined
}

const validateLimit = (where: string, limit: Limit | undefined): void => {
  if (limit === undefined) return
  for (const kind of ["requests", "tokens"] as const) {
    const value = limit[kind]
    if (value !== undefined && !(value > 0)) {
      throw new RangeError(`Fleet rate limit: ${where}.${kind} must be positive, got ${value}`)
    }
  }
  if (limit.window !== undefined && !(Duration.toMillis(Duration.decode(limit.window)) >= 1)) {
    throw new RangeError(`Fleet rate limit: ${where}.window must be at least 1 ms`)
  }
}

/**
 * Builds a shared limiter (the `RateLimit` service) on the {@link FleetRedis} connection.
 *
 * Algorithm: a sliding-window log per limit on Redis' clock — no window of the configured length
 * ever holds more than the limit (stricter than the in-memory token bucket, which can let up to
 * twice the limit through in one window after an idle period). Callers that wait hold a future
 * slot, first come first served; an interrupted waiter gives it back.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeRateLimit = (options: RateLimitOptions): Effect.Effect<RateLimit.Service, never, FleetRedis> =>
  Effect.gen(function*() {
    const { connection, prefix } = yield* FleetRedis
    validateLimit("global", options.global)
    validateLimit("perModel", options.perModel)
    for (const [m, l] of Object.entries(options.models ?? {})) validateLimit(`models["${m}"]`, l)
    const base = `${prefix}rl:${options.name ?? "default"}`
    const failFast = options.onExceeded === "fail"
    const maxWait = Duration.toMillis(Duration.decode(options.maxWait ?? Duration.seconds(30)))
    const shared = redisWindowStore(connection, base)
    const localShare = options.localShare ?? 1
    if (!(localShare > 0)) throw new RangeError(`Fleet rate limit: localShare must be positive, got ${localShare}`)
    const local = options.onRedisFailure === "fail" ? undefined : memoryWindowStore(localShare)
    const models = options.models ?? {}
    const pid = processId()
    let counter = 0

    const specsOf = (owner: string, id: string, limit: Limit | undefined, tokens: number): Array<LimitSpec> => {
      if (limit === undefined) return []
      const windowMillis = Duration.toMillis(Duration.decode(limit.window ?? Duration.minutes(1)))
      const out: Array<LimitSpec> = []
      if (limit.requests !== undefined && Number.isFinite(limit.requests)) {
        out.push({ owner, kind: "rpm", key: `${id}:requests`, limit: limit.requests, cost: 1, windowMillis })
      }
      const cost = Math.ceil(tokens)
      if (limit.tokens !== undefined && Number.isFinite(limit.tokens) && cost > 0) {
        out.push({ owner, kind: "tpm", key: `${id}:tokens`, limit: limit.tokens, cost, windowMillis })
      }
      return out
    }
    const specsFor = (model: string, tokens: number): ReadonlyArray<LimitSpec> => [
      ...specsOf("global", "global", options.global, tokens),
      ...specsOf(
        model,
        `model:${model}`,
        Object.prototype.hasOwnProperty.call(models, model) ? models[model] : options.perModel,
        tokens
      )
    ]

    const exceeded = (specs: ReadonlyArray<LimitSpec>, decision: Extract<SlidingWindow.Decision, { _tag: "Refused" }>) => {
      const spec = decision.which > 0 ? specs[decision.which - 1] : undefined
      const retryAfter = Duration.millis(decision.delay)
      const key = spec?.owner ?? "global"
      const what = spec === undefined ? "is paused" : `exceeded its ${spec.kind === "rpm" ? "request" : "token"} limit`
      return new RateLimitExceededError({
        message: `Rate limit "${key}" ${what}; retry after ${Duration.format(retryAfter)}`,
        key,
        limit: spec?.kind ?? "paused",
        retryAfter
      })
    }

    /** Runs `f` on Redis, or on the local store (logging once) when Redis does not answer. */
    const withStore = <A>(
      f: (store: WindowStore) => Effect.Effect<A, Conn.RedisUnavailable>
    ): Effect.Effect<A, RateLimitExceededError> =>
      Effect.catchTag(f(shared), "RedisUnavailable", () =>
        local === undefined
          ? Effect.zipRight(
            connection.noteFallback("rate-limit", "rate limiter refuses calls while Redis is unreachable"),
            Effect.fail(
              new RateLimitExceededError({
                message: "shared rate limiter unavailable (Redis unreachable)",
                key: "store-unavailable",
                limit: "paused"
              })
            )
          )
          : Effect.zipRight(
            connection.noteFallback("rate-limit", "rate limiter limits each process alone while Redis is unreachable"),
            Effect.orDie(f(local))
          ))

    const acquire = (request: { readonly model: string; readonly tokens: number }) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          const specs = specsFor(request.model, request.tokens)
          const id = `${pid}:${++counter}`
          let used: WindowStore = shared
          const decision = yield* withStore((store) =>
            Effect.map(store.acquire(id, request.model, specs, failFast, maxWait), (d) => {
              used = store
              return d
            })
          )
          if (decision._tag === "Refused") return yield* Effect.fail(exceeded(specs, decision))
          if (decision.delay === 0) return
          const store = used
          yield* restore(Effect.sleep(Duration.millis(decision.delay))).pipe(
            Effect.onInterrupt(() => Effect.ignore(store.refund(id, specs)))
          )
        })
      )

    const pause = (duration: Duration.DurationInput, model?: string): Effect.Effect<void> =>
      Effect.ignore(
        withStore((store) =>
          store.pause(model === undefined ? "pause" : `pause:${model}`, Duration.toMillis(Duration.decode(duration)))
        )
      )

    const pausedUntil: Effect.Effect<Option.Option<number>> = withStore((store) => store.pausedUntil).pipe(
      Effect.orElseSucceed(() => Option.none())
    )

    return RateLimit.RateLimit.of({ acquire, pause, pausedUntil })
  })

/**
 * A shared limiter as the `RateLimit` layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerRateLimit = (options: RateLimitOptions): Layer.Layer<RateLimit.RateLimit, never, FleetRedis> =>
  Layer.effect(RateLimit.RateLimit, makeRateLimit(options))
