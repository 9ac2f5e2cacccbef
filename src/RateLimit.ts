/**
 * Client-side rate limiting: requests per minute (`rpm`, cost 1 per attempt) and tokens per minute
 * (`tpm`, cost = the attempt's estimated tokens), as token buckets globally, per model, or for
 * specific models. A bucket holds a full minute's worth (`rpm` requests) and refills evenly over
 * the minute. Callers reserve their slot atomically, so concurrent callers get distinct, ordered
 * send times; by default they wait (up to `maxWait`), or fail at once in `"fail"` mode.
 *
 * A server 429 with a retry hint `pause`s the limiter: nobody sends before the pause ends.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Bucket from "./internal/rateLimitBucket.js"
import { RateLimitExceededError } from "./OpenRouterError.js"
import { sizeProbes } from "./internal/sizes.js"

// =============================================================================
// Options
// =============================================================================

/**
 * Limits of one key. Omitted (or infinite) means unlimited; values must be positive.
 *
 * @since 0.1.0
 * @category options
 */
export interface Limit {
  /** Requests per minute (every attempt, retries included, costs 1). */
  readonly rpm?: number | undefined
  /** Tokens per minute (an attempt costs its estimated tokens). */
  readonly tpm?: number | undefined
}

/**
 * Limiter settings.
 *
 * @since 0.1.0
 * @category options
 */
export interface Options {
  /** One bucket shared by every call. */
  readonly global?: Limit | undefined
  /** A separate bucket for each model. */
  readonly perModel?: Limit | undefined
  /** Limits for specific models; an entry replaces `perModel` for that model. */
  readonly models?: Readonly<Record<string, Limit>> | undefined
  /** Wait for a slot (`"delay"`, default) or fail at once (`"fail"`). */
  readonly onExceeded: "delay" | "fail"
  /** In `"delay"` mode, a required wait above this fails at once instead. Default 30 s. */
  readonly maxWait: Duration.DurationInput
}

/**
 * Default options: no limits, `"delay"`, `maxWait` 30 s.
 *
 * @since 0.1.0
 * @category options
 */
export const defaultOptions: Options = {
  onExceeded: "delay",
  maxWait: Duration.seconds(30)
}

// =============================================================================
// Service
// =============================================================================

/**
 * The limiter.
 *
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /**
   * Takes one request (and `tokens` estimated tokens) for `model` from every bucket that applies.
   * Waits for the slot in `"delay"` mode; fails with `RateLimitExceededError` (no tokens taken,
   * `retryAfter` = the required wait) in `"fail"` mode or when the wait would exceed `maxWait`. A
   * waiter that is interrupted gives its tokens back.
   */
  readonly acquire: (request: {
    readonly model: string
    readonly tokens: number
  }) => Effect.Effect<void, RateLimitExceededError>
  /**
   * Pauses the limiter for `duration` (a server 429's retry hint): no caller sends before it ends.
   * Waiting callers wait on (or fail with `limit: "paused"` in `"fail"` mode / above `maxWait`).
   * With `model`, only that model is paused. A pause never shortens an existing one.
   */
  readonly pause: (duration: Duration.DurationInput, model?: string) => Effect.Effect<void>
  /** When the global pause ends (epoch milliseconds on the Effect `Clock`), if one is running. */
  readonly pausedUntil: Effect.Effect<Option.Option<number>>
}

/**
 * The limiter service.
 *
 * @since 0.1.0
 * @category services
 */
export class RateLimit extends Context.Tag("effect-openrouter/RateLimit")<RateLimit, Service>() {}

// =============================================================================
// Implementation
// =============================================================================

const MINUTE = 60_000
const GLOBAL = "global"

type LimitKind = "rpm" | "tpm"

interface Spec {
  readonly id: string
  readonly key: string
  readonly limit: LimitKind
  readonly bucket: Bucket.Bucket
}

interface LimiterState {
  /** TAT per bucket id. */
  readonly tats: ReadonlyMap<string, number>
  readonly pausedUntil: number
  readonly modelPausedUntil: ReadonlyMap<string, number>
}

interface Charge {
  readonly id: string
  readonly before: number
  readonly after: number
  readonly increment: number
}

type Plan =
  | { readonly _tag: "Go"; readonly delay: number; readonly charges: ReadonlyArray<Charge> }
  | { readonly _tag: "Refused"; readonly delay: number; readonly limit: LimitKind | "paused"; readonly key: string }

/** How many models' bucket specs are cached before the cache is emptied. */
const MAX_CACHED_SPECS = 1_000

const validate = (where: string, limit: Limit | undefined): void => {
  if (limit === undefined) return
  for (const kind of ["rpm", "tpm"] as const) {
    const value = limit[kind]
    if (value !== undefined && !(value > 0)) {
      throw new Cause.IllegalArgumentException(`RateLimit: ${where}.${kind} must be positive, got ${value}`)
    }
  }
}

const specsOf = (id: string, key: string, limit: Limit | undefined): Array<Spec> => {
  const specs: Array<Spec> = []
  if (limit === undefined) return specs
  for (const kind of ["rpm", "tpm"] as const) {
    const value = limit[kind]
    if (value !== undefined && Number.isFinite(value)) {
      specs.push({ id: `${id}:${kind}`, key, limit: kind, bucket: { capacity: value, intervalMillis: MINUTE } })
    }
  }
  return specs
}

const pauseOf = (state: LimiterState, model: string): { readonly until: number; readonly key: string } => {
  const byModel = state.modelPausedUntil.get(model) ?? Number.NEGATIVE_INFINITY
  return byModel > state.pausedUntil ? { until: byModel, key: model } : { until: state.pausedUntil, key: GLOBAL }
}

const refund = (state: LimiterState, charges: ReadonlyArray<Charge>): LimiterState => {
  if (charges.length === 0) return state
  const tats = new Map(state.tats)
  for (const charge of charges) {
    const current = tats.get(charge.id)
    if (current === undefined) continue
    tats.set(charge.id, current === charge.after ? charge.before : current - charge.increment)
  }
  return { ...state, tats }
}

const exceeded = (plan: Extract<Plan, { readonly _tag: "Refused" }>): RateLimitExceededError => {
  const retryAfter = Duration.millis(plan.delay)
  const what = plan.limit === "paused" ? "is paused" : `exceeded its ${plan.limit} limit`
  return new RateLimitExceededError({
    message: `Rate limit "${plan.key}" ${what}; retry after ${Duration.format(retryAfter)}`,
    key: plan.key,
    limit: plan.limit,
    retryAfter
  })
}

/**
 * Builds a limiter.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options?: Partial<Options>): Effect.Effect<Service> =>
  Effect.gen(function*() {
    const merged: Options = { ...defaultOptions, ...options }
    validate("global", merged.global)
    validate("perModel", merged.perModel)
    for (const [model, limit] of Object.entries(merged.models ?? {})) validate(`models["${model}"]`, limit)
    const maxWaitMillis = Duration.toMillis(merged.maxWait)
    const failFast = merged.onExceeded === "fail"
    const globalSpecs = specsOf(GLOBAL, GLOBAL, merged.global)
    const models = merged.models ?? {}
    const specCache = new Map<string, ReadonlyArray<Spec>>()
    const specsFor = (model: string): ReadonlyArray<Spec> => {
      const cached = specCache.get(model)
      if (cached !== undefined) return cached
      const own = Object.prototype.hasOwnProperty.call(models, model) ? models[model] : merged.perModel
      const specs = [...globalSpecs, ...specsOf(`model:${model}`, model, own)]
      // A cache, not a registry: cheap to rebuild, so it is simply emptied when it grows large.
      if (specCache.size >= MAX_CACHED_SPECS) specCache.clear()
      specCache.set(model, specs)
      return specs
    }

    const ref = yield* Ref.make<LimiterState>({
      tats: new Map(),
      pausedUntil: Number.NEGATIVE_INFINITY,
      modelPausedUntil: new Map()
    })

    /** Decides atomically: how long this caller waits, and its reservation on every bucket. */
    const plan = (
      state: LimiterState,
      now: number,
      request: { readonly model: string; readonly tokens: number },
      budget: number
    ): readonly [Plan, LimiterState] => {
      const pause = pauseOf(state, request.model)
      let delay = Bucket.delayMillis(pause.until, now)
      let limit: LimitKind | "paused" = "paused"
      let key = pause.key
      const costs: Array<{ readonly spec: Spec; readonly cost: number; readonly tat: number }> = []
      for (const spec of specsFor(request.model)) {
        const cost = spec.limit === "rpm" ? 1 : request.tokens
        if (!(cost > 0)) continue
        const tat = state.tats.get(spec.id) ?? Number.NEGATIVE_INFINITY
        const wait = Bucket.delayMillis(Bucket.allowedAt(spec.bucket, tat, now, cost), now)
        if (wait > delay) {
          delay = wait
          limit = spec.limit
          key = spec.key
        }
        costs.push({ spec, cost, tat })
      }
      if (delay > 0 && (failFast || delay > budget)) return [{ _tag: "Refused", delay, limit, key }, state]
      if (costs.length === 0) return [{ _tag: "Go", delay, charges: [] }, state]
      const at = now + delay
      // A bucket whose TAT has passed is full: the same as no entry. Dropping those while copying
      // keeps the state to the buckets in use (10,000 models seen once leave nothing behind).
      const tats = new Map<string, number>()
      for (const [id, tat] of state.tats) if (tat > now) tats.set(id, tat)
      const charges: Array<Charge> = []
      for (const { cost, spec, tat } of costs) {
        const after = Bucket.take(spec.bucket, tat, at, cost)
        tats.set(spec.id, after)
        charges.push({ id: spec.id, before: tat, after, increment: Bucket.increment(spec.bucket, cost) })
      }
      return [{ _tag: "Go", delay, charges }, { ...state, tats }]
    }

    const acquire = (request: {
      readonly model: string
      readonly tokens: number
    }): Effect.Effect<void, RateLimitExceededError> =>
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          const start = yield* Clock.currentTimeMillis
          while (true) {
            const now = yield* Clock.currentTimeMillis
            const budget = maxWaitMillis - (now - start)
            const decision = yield* Ref.modify(ref, (state) => plan(state, now, request, budget))
            if (decision._tag === "Refused") return yield* Effect.fail(exceeded(decision))
            if (decision.delay === 0) return
            yield* restore(Effect.sleep(Duration.millis(decision.delay))).pipe(
              Effect.onInterrupt(() => Ref.update(ref, (state) => refund(state, decision.charges)))
            )
            // A pause that began while this caller slept: give the slot back and plan again.
            const woke = yield* Clock.currentTimeMillis
            const paused = yield* Ref.modify(ref, (state) =>
              pauseOf(state, request.model).until > woke
                ? [true, refund(state, decision.charges)] as const
                : [false, state] as const)
            if (!paused) return
          }
        })
      )

    const pause = (duration: Duration.DurationInput, model?: string): Effect.Effect<void> =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => {
        const until = now + Duration.toMillis(duration)
        return Ref.update(ref, (state) => {
          if (model === undefined) return { ...state, pausedUntil: Math.max(state.pausedUntil, until) }
          const modelPausedUntil = new Map<string, number>()
          for (const [m, end] of state.modelPausedUntil) if (end > now) modelPausedUntil.set(m, end)
          modelPausedUntil.set(model, Math.max(modelPausedUntil.get(model) ?? Number.NEGATIVE_INFINITY, until))
          return { ...state, modelPausedUntil }
        })
      })

    const pausedUntil: Effect.Effect<Option.Option<number>> = Effect.flatMap(
      Clock.currentTimeMillis,
      (now) =>
        Effect.map(Ref.get(ref), (state) => state.pausedUntil > now ? Option.some(state.pausedUntil) : Option.none())
    )

    const service = RateLimit.of({ acquire, pause, pausedUntil })
    sizeProbes.set(service, () => {
      const state = Ref.get(ref).pipe(Effect.runSync)
      return { buckets: state.tats.size, modelPauses: state.modelPausedUntil.size, cachedSpecs: specCache.size }
    })
    return service
  })

/**
 * A limiter as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options?: Partial<Options>): Layer.Layer<RateLimit> => Layer.effect(RateLimit, make(options))

/**
 * No limits, but `pause` is still honoured (callers wait out a 429 pause, up to 30 s).
 *
 * @since 0.1.0
 * @category layers
 */
export const unlimited: Layer.Layer<RateLimit> = layer()
