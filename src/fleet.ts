/**
 * Fleet mode (`effect-openrouter/fleet`): budgets, rate limits and circuit breakers shared by every
 * process that uses the same Redis and key prefix. Each policy is a store layer of its own, so a
 * policy you do not provide costs nothing; {@link layer} turns on the ones you name over one
 * connection:
 *
 * ```ts
 * import * as Fleet from "effect-openrouter/fleet"
 *
 * const policies = Fleet.layer({
 *   redis: "redis://127.0.0.1:6379",
 *   prefix: "myapp:",
 *   budget: { limitUsd: 50, window: "1 day" },
 *   rateLimit: { global: { requests: 60, window: "1 minute" } },
 *   breaker: {}
 * })
 * OpenRouter.layer.pipe(Layer.provide(policies), …)
 * ```
 *
 * Every decision is one Lua script (one round trip) on Redis' clock. When Redis fails (down,
 * slow, restarted, partitioned) no call waits longer than `commandTimeout`; budgets fail closed
 * with `BudgetExceededError` (`scope: "store-unavailable"`) unless a local fallback cap is set;
 * rate limits and breakers carry on with local state and log once; everything goes back to
 * Redis by itself when it answers again. See `docs/fleet.md`.
 *
 * This module imports `ioredis` and `node:crypto`; the core (`effect-openrouter`) never does.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as PubSub from "effect/PubSub"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { Redis, RedisOptions } from "ioredis"
import { randomBytes } from "node:crypto"
import * as Budget from "./Budget.js"
import * as CircuitBreaker from "./CircuitBreaker.js"
import * as BreakerLua from "./internal/fleet/breakerLua.js"
import * as BudgetLua from "./internal/fleet/budgetLua.js"
import * as RateLua from "./internal/fleet/rateLimitLua.js"
import * as Conn from "./internal/fleet/redis.js"
import * as SlidingWindow from "./internal/fleet/slidingWindow.js"
import * as ModelId from "./ModelId.js"
import { parseUsd, picosToMicros } from "./Money.js"
import { BudgetExceededError, RateLimitExceededError } from "./OpenRouterError.js"
import * as RateLimit from "./RateLimit.js"

// =============================================================================
// Connection
// =============================================================================

/**
 * How to reach Redis and how long to wait for it.
 *
 * @since 0.1.0
 * @category options
 */
export interface RedisConfig {
  /** A `redis://` URL, ioredis options, or an ioredis client you own (it is not closed with the layer). */
  readonly redis: string | RedisOptions | Redis
  /** Prefix of every key, so several applications share one Redis. Default `"openrouter:"`. */
  readonly prefix?: string | undefined
  /** Longest wait for one Redis command; past it the policy falls back. Default 250 ms. */
  readonly commandTimeout?: Duration.DurationInput | undefined
  /** Longest wait for the first connection when the layer is built. Default 2 s. */
  readonly connectTimeout?: Duration.DurationInput | undefined
  /** After a command timed out, skip Redis (use the fallback at once) for this long. Default 1 s. */
  readonly retryInterval?: Duration.DurationInput | undefined
}

/**
 * The shared connection (one per {@link layerRedis}).
 *
 * @since 0.1.0
 * @category services
 */
export interface Connection {
  readonly prefix: string
  /** The ioredis client. */
  readonly client: Redis
  /** Whether commands currently go to Redis (connected, not backing off after a timeout). */
  readonly healthy: Effect.Effect<boolean>
  /** @internal */
  readonly connection: Conn.Connection
}

/**
 * @since 0.1.0
 * @category services
 */
export class FleetRedis extends Context.Tag("effect-openrouter/fleet/FleetRedis")<FleetRedis, Connection>() {}

/**
 * Opens the connection for the layer's lifetime. Building it never fails: when Redis is not
 * reachable within `connectTimeout`, the layer is built anyway and the policies use their
 * fallbacks until Redis answers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerRedis = (config: RedisConfig): Layer.Layer<FleetRedis> =>
  Layer.scoped(
    FleetRedis,
    Effect.map(
      Conn.connect({
        redis: config.redis,
        commandTimeout: config.commandTimeout ?? Duration.millis(250),
        connectTimeout: config.connectTimeout ?? Duration.seconds(2),
        retryInterval: config.retryInterval ?? Duration.seconds(1)
      }),
      (connection): Connection => ({
        prefix: config.prefix ?? "openrouter:",
        client: connection.client,
        healthy: connection.healthy,
        connection
      })
    )
  )

const processId = (): string => randomBytes(6).toString("hex")

// =============================================================================
// Reply decoding
// =============================================================================

const Int = Schema.Number
const Str = Schema.String
const decodeReply = <A, I>(schema: Schema.Schema<A, I>, what: string) => (u: unknown) =>
  Schema.decodeUnknown(schema)(u).pipe(
    Effect.mapError(() => new Conn.RedisUnavailable({ reason: "error", message: `${what}: unexpected reply` }))
  )

const AdmitReply = Schema.Tuple(Int, Str, Int, Int, Int, Int, Int, Int)
const FinishReply = Schema.Tuple(Int, Int, Int, Int)
const SnapshotReply = Schema.Array(Int)
const AcquireReply = Schema.Union(Schema.Tuple(Schema.Literal(1), Int), Schema.Tuple(Schema.Literal(0), Int, Int))
const PausedReply = Schema.Tuple(Int, Int)
const CasReply = Schema.Union(Schema.Tuple(Schema.Literal(1), Int), Schema.Tuple(Schema.Literal(0), Int, Str))
const GetReply = Schema.Tuple(Int, Str)

// =============================================================================
// Budget
// =============================================================================

/**
 * A shared budget: the options of {@link Budget.Options} (same meaning, enforced across the fleet;
 * every process must use the same values) plus the fleet's own.
 *
 * @since 0.1.0
 * @category options
 */
export interface BudgetOptions extends Budget.Options {
  /** Name of the budget in Redis (several budgets can share a prefix). Default `"default"`. */
  readonly name?: string | undefined
  /**
   * Lease of a reservation in flight: if the process holding it dies, its money returns to the
   * budget when the lease ends. Longer than your longest call. Default 15 min.
   */
  readonly reservationLease?: Duration.DurationInput | undefined
  /**
   * Lease of an unsettled reservation (a call that may have been billed, kept for a later
   * `settle`). When it ends the estimate is counted as spent. Default 24 h.
   */
  readonly unsettledLease?: Duration.DurationInput | undefined
  /**
   * When Redis cannot be reached: `"fail"` (default) refuses every reservation with
   * `BudgetExceededError` (`scope: "store-unavailable"`), so nothing is spent that the fleet cannot
   * account for; `{ localLimitUsd }` admits calls against a per-process cap of that size instead
   * (the fleet may then overspend by up to that amount per process; what is spent locally is
   * added to the shared ledger once Redis is back).
   */
  readonly onRedisFailure?: "fail" | { readonly localLimitUsd: number | string } | undefined
}

interface PendingFinish {
  readonly args: ReadonlyArray<string | number>
}

const toMicros = (value: number | string, field: string): number => {
  const parsed = parseUsd(value)
  if (Option.isNone(parsed) || parsed.value < 0n) {
    throw new RangeError(`Fleet budget ${field} must be a non-negative USD amount, got ${String(value)}`)
  }
  return picosToMicros(parsed.value)
}

const usdToActualMicros = (usd: number | undefined): number | undefined => {
  if (usd === undefined) return undefined
  const picos = Option.getOrUndefined(parseUsd(usd))
  return picos === undefined ? undefined : picos < 0n ? 0 : picosToMicros(picos)
}

/**
 * Builds a shared budget on the {@link FleetRedis} connection.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeBudget = (options: BudgetOptions): Effect.Effect<Budget.Service, never, FleetRedis | Scope.Scope> =>
  Effect.gen(function*() {
    const { connection, prefix } = yield* FleetRedis
    const base = `${prefix}budget:${options.name ?? "default"}`
    const limit = toMicros(options.limitUsd, "limitUsd")
    const soft = options.softLimitUsd === undefined ? -1 : toMicros(options.softLimitUsd, "softLimitUsd")
    const perModel = new Map<string, number>(
      Object.entries(options.perModel ?? {}).map(([k, v]) => [k, toMicros(v, `perModel[${k}]`)] as const)
    )
    const windowMs = options.window === undefined ? 0 : Math.max(0, Duration.toMillis(Duration.decode(options.window)))
    const windowed = windowMs > 0 && Number.isFinite(windowMs)
    const leaseMs = Duration.toMillis(Duration.decode(options.reservationLease ?? Duration.minutes(15)))
    const unsettledLeaseMs = Duration.toMillis(Duration.decode(options.unsettledLease ?? Duration.hours(24)))
    const allowUnpriced = options.allowUnpriced ?? false
    const onFailure = options.onRedisFailure ?? "fail"
    const local = onFailure === "fail"
      ? undefined
      : yield* Budget.make({ ...options, limitUsd: onFailure.localLimitUsd })
    const pid = processId()
    let counter = 0
    const pubsub = yield* PubSub.unbounded<Budget.BudgetEvent>()
    let lastWindowStart = -1
    let lastSnapshot: Budget.Snapshot | undefined = undefined
    /** Settlements that could not reach Redis, replayed in order when it answers. */
    const pending: Array<PendingFinish> = []
    /** Spending settled against the local fallback, not yet added to the shared ledger. */
    const unpushed = { total: 0, perModel: new Map<string, number>() }

    const modelKey = (model: string): string => {
      if (perModel.has(model)) return model
      const b = ModelId.base(model)
      return perModel.has(b) ? b : ""
    }
    const resetsAtOf = (ws: number) => (windowed ? ws + windowMs : undefined)

    const observeWindow = (ws: number): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (!windowed || ws === lastWindowStart) return Effect.void
        const first = lastWindowStart < 0
        lastWindowStart = Math.max(lastWindowStart, ws)
        return first ? Effect.void : PubSub.publish(pubsub, { _tag: "WindowReset", resetsAt: ws + windowMs })
      })

    const publishSoft = (reached: number, ws: number, spent: number, held: number): Effect.Effect<void> =>
      reached === 1 && soft >= 0
        ? PubSub.publish(pubsub, {
          _tag: "SoftLimitReached",
          softLimitMicros: soft,
          spentMicros: spent,
          reservedMicros: held,
          resetsAt: resetsAtOf(ws)
        })
        : Effect.void

    const unavailable = (model: string, estimate: number | undefined) =>
      new BudgetExceededError({
        message: `shared budget unavailable (Redis unreachable); ${model} refused (the budget fails closed)`,
        scope: "store-unavailable",
        limitMicros: limit,
        spentMicros: lastSnapshot?.spentMicros ?? 0,
        reservedMicros: (lastSnapshot?.reservedMicros ?? 0) + (lastSnapshot?.unsettledMicros ?? 0),
        ...(estimate !== undefined ? { estimateMicros: estimate } : {})
      })

    const runAdmit = (mode: "reserve" | "check", id: string, model: string, estimate: number) => {
      const mk = modelKey(model)
      return Effect.flatMap(
        connection.eval(BudgetLua.admit, [
          base,
          mode,
          id,
          mk,
          estimate,
          limit,
          mk === "" ? -1 : perModel.get(mk) ?? -1,
          windowed ? windowMs : 0,
          leaseMs,
          soft
        ]),
        decodeReply(AdmitReply, "budget")
      )
    }

    const refusal = (
      model: string,
      reply: typeof AdmitReply.Type,
      estimate: number | undefined,
      unpriced: boolean
    ): BudgetExceededError => {
      const [, scope, lim, spent, held, ws] = reply
      const resetsAt = resetsAtOf(ws)
      return new BudgetExceededError({
        message: unpriced
          ? `${model} has no known price; refused under a budget (allowUnpriced is off)`
          : scope === "session"
          ? `session budget exceeded for ${model}`
          : `budget for ${scope.slice("model:".length)} exceeded`,
        scope,
        limitMicros: lim,
        spentMicros: spent,
        reservedMicros: held,
        ...(estimate !== undefined ? { estimateMicros: estimate } : {}),
        ...(unpriced ? { unpriced: true } : {}),
        ...(resetsAt !== undefined ? { resetsAt } : {})
      })
    }

    const estimateOf = (estimateMicros: number | undefined) =>
      estimateMicros === undefined ? undefined : Math.ceil(Math.max(0, estimateMicros))

    /** Replays settlements and pushes local spending once Redis answers. */
    const flush: Effect.Effect<void> = Effect.gen(function*() {
      while (pending.length > 0) {
        const next = pending[0]
        if (next === undefined) break
        const ok = yield* connection.eval(BudgetLua.finish, next.args).pipe(
          Effect.as(true),
          Effect.orElseSucceed(() => false)
        )
        if (!ok) return
        pending.shift()
      }
      if (unpushed.total === 0 && unpushed.perModel.size === 0) return
      const total = unpushed.total
      const models = [...unpushed.perModel]
      const args: Array<string | number> = [base, windowed ? windowMs : 0, total]
      for (const [k, v] of models) args.push(k, v)
      const ok = yield* connection.eval(BudgetLua.addSpent, args).pipe(Effect.as(true), Effect.orElseSucceed(() => false))
      if (!ok) return
      unpushed.total -= total
      for (const [k, v] of models) {
        const left = (unpushed.perModel.get(k) ?? 0) - v
        if (left === 0) unpushed.perModel.delete(k)
        else unpushed.perModel.set(k, left)
      }
    })
    yield* Effect.forkScoped(
      Effect.repeat(
        Effect.suspend(() => (pending.length > 0 || unpushed.total > 0 ? flush : Effect.void)),
        Schedule.spaced(Duration.millis(500))
      )
    )


    const sharedReservation = (id: string, model: string, estimate: number): Effect.Effect<Budget.Reservation> =>
      Effect.sync((): Budget.Reservation => {
        const mk = modelKey(model)
        const finish = Budget.settleOnce<number>((_previous, actual, release) => {
          const action = release ? "release" : actual === undefined ? "unsettled" : "settle"
          const args = [
            base,
            id,
            action,
            actual ?? 0,
            windowed ? windowMs : 0,
            unsettledLeaseMs,
            soft,
            mk
          ]
          return connection.eval(BudgetLua.finish, args).pipe(
            Effect.flatMap(decodeReply(FinishReply, "budget")),
            Effect.flatMap(([, ws, , reached]) =>
              Effect.zipRight(observeWindow(ws), publishSoft(reached, ws, lastSnapshot?.spentMicros ?? 0, 0))
            ),
            Effect.catchAll(() =>
              Effect.zipRight(
                Effect.sync(() => pending.push({ args })),
                connection.noteFallback(
                  "budget-settle",
                  "budget settlements are queued until Redis answers (the lease returns unsettled money meanwhile)"
                )
              )
            )
          )
        })
        return {
          model,
          estimateMicros: estimate,
          settle: (actualMicros) => finish(actualMicros === undefined ? undefined : Math.round(Math.max(0, actualMicros)), false),
          settleUsd: (actualUsd) => finish(usdToActualMicros(actualUsd), false),
          release: finish(undefined, true)
        }
      })

    /** A reservation of the local fallback whose settled spending is later pushed to Redis. */
    const localReservation = (r: Budget.Reservation): Budget.Reservation => {
      const mk = modelKey(r.model)
      const count = (micros: number | undefined) =>
        Effect.sync(() => {
          if (micros === undefined) return
          unpushed.total += micros
          if (mk !== "") unpushed.perModel.set(mk, (unpushed.perModel.get(mk) ?? 0) + micros)
        })
      let counted = false
      const once = (micros: number | undefined) =>
        Effect.suspend(() => {
          if (counted || micros === undefined) return Effect.void
          counted = true
          return count(micros)
        })
      return {
        ...r,
        settle: (actualMicros) =>
          Effect.zipRight(r.settle(actualMicros), once(actualMicros === undefined ? undefined : Math.round(Math.max(0, actualMicros)))),
        settleUsd: (actualUsd) => Effect.zipRight(r.settleUsd(actualUsd), once(usdToActualMicros(actualUsd)))
      }
    }

    const withFallback = <A>(
      shared: Effect.Effect<A, BudgetExceededError | Conn.RedisUnavailable>,
      onLocal: (budget: Budget.Service) => Effect.Effect<A, BudgetExceededError>,
      model: string,
      estimate: number | undefined
    ): Effect.Effect<A, BudgetExceededError> =>
      Effect.catchTag(shared, "RedisUnavailable", () =>
        local === undefined
          ? Effect.zipRight(
            connection.noteFallback("budget", "budget refuses calls while Redis is unreachable (onRedisFailure: fail)"),
            Effect.fail(unavailable(model, estimate))
          )
          : Effect.zipRight(
            connection.noteFallback("budget", "budget uses its local fallback cap while Redis is unreachable"),
            onLocal(local)
          ))

    const refuse = (error: BudgetExceededError) =>
      Effect.zipRight(PubSub.publish(pubsub, { _tag: "Refused", error }), Effect.fail(error))

    const check = (model: string, estimateMicros: number | undefined): Effect.Effect<void, BudgetExceededError> => {
      const estimate = estimateOf(estimateMicros)
      const unpriced = estimate === undefined && !allowUnpriced
      return withFallback(
        Effect.flatMap(runAdmit("check", "", model, estimate ?? 0), (reply) =>
          Effect.zipRight(
            observeWindow(reply[5]),
            unpriced || reply[0] === 0 ? Effect.fail(refusal(model, reply, estimate, unpriced)) : Effect.void
          )),
        (budget) => budget.check(model, estimateMicros),
        model,
        estimate
      )
    }

    const reserve = (
      model: string,
      estimateMicros: number | undefined
    ): Effect.Effect<Budget.Reservation, BudgetExceededError> => {
      const estimate = estimateOf(estimateMicros)
      if (estimate === undefined && !allowUnpriced) {
        return withFallback(
          Effect.flatMap(runAdmit("check", "", model, 0), (reply) => refuse(refusal(model, reply, undefined, true))),
          (budget) => budget.reserve(model, estimateMicros),
          model,
          estimate
        )
      }
      const amount = estimate ?? 0
      return Effect.uninterruptibleMask((restore) =>
        withFallback(
          Effect.flatMap(
            Effect.suspend(() => {
              const id = `${pid}:${++counter}`
              return Effect.map(runAdmit("reserve", id, model, amount), (reply) => [reply, id] as const)
            }),
            ([reply, id]) => {
              if (reply[0] === 0) return Effect.zipRight(observeWindow(reply[5]), refuse(refusal(model, reply, estimate, false)))
              const [, , , spent, held, ws, , reached] = reply
              return observeWindow(ws).pipe(
                Effect.zipRight(publishSoft(reached, ws, spent, held)),
                Effect.zipRight(restore(sharedReservation(id, model, amount)))
              )
            }
          ),
          (budget) => Effect.map(budget.reserve(model, estimateMicros), localReservation),
          model,
          estimate
        )
      )
    }

    const scopeOf = (lim: number, spent: number, reserved: number, unsettled: number): Budget.ScopeSnapshot => ({
      limitMicros: lim,
      spentMicros: spent,
      reservedMicros: reserved,
      unsettledMicros: unsettled,
      remainingMicros: lim - spent - reserved - unsettled
    })

    const keys = [...perModel.keys()]
    const snapshot: Effect.Effect<Budget.Snapshot> = connection.eval(BudgetLua.snapshot, [
      base,
      windowed ? windowMs : 0,
      ...keys
    ]).pipe(
      Effect.flatMap(decodeReply(SnapshotReply, "budget")),
      Effect.map((reply): Budget.Snapshot => {
        const at = (i: number) => reply[i] ?? 0
        const models: Record<string, Budget.ScopeSnapshot> = {}
        keys.forEach((k, i) => {
          models[k] = scopeOf(perModel.get(k) ?? 0, at(5 + 3 * i), at(6 + 3 * i), at(7 + 3 * i))
        })
        return {
          ...scopeOf(limit, at(2), at(3), at(4)),
          softLimitMicros: soft >= 0 ? soft : undefined,
          resetsAt: resetsAtOf(at(0)),
          perModel: models
        }
      }),
      Effect.tap((s) => Effect.sync(() => (lastSnapshot = s))),
      Effect.catchAll(() =>
        local !== undefined
          ? local.snapshot
          : Effect.succeed(
            lastSnapshot ?? {
              ...scopeOf(limit, 0, 0, 0),
              softLimitMicros: soft >= 0 ? soft : undefined,
              resetsAt: undefined,
              perModel: {}
            }
          )
      )
    )

    return Budget.Budget.of({
      check,
      reserve,
      snapshot,
      events: Stream.fromPubSub(pubsub),
      subscribe: PubSub.subscribe(pubsub)
    })
  })

/**
 * A shared budget as the `Budget` layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerBudget = (options: BudgetOptions): Layer.Layer<Budget.Budget, never, FleetRedis> =>
  Layer.scoped(Budget.Budget, makeBudget(options))

// =============================================================================
// Rate limit
// =============================================================================

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

interface LimitSpec extends SlidingWindow.Spec {
  readonly owner: string
  readonly kind: "rpm" | "tpm"
}

/** The store behind the shared limiter: the Redis scripts, or the same algorithm in memory. */
interface WindowStore {
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

const memoryWindowStore = (scale: number): WindowStore => {
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

const redisWindowStore = (connection: Conn.Connection, base: string): WindowStore => ({
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

// =============================================================================
// Circuit breaker
// =============================================================================

const StateSchema = Schema.Union(
  Schema.Struct({ _tag: Schema.Literal("Closed") }),
  Schema.Struct({ _tag: Schema.Literal("Open"), until: Schema.Number, openings: Schema.Number }),
  Schema.Struct({ _tag: Schema.Literal("HalfOpen"), probeInFlight: Schema.Boolean }),
  Schema.Struct({ _tag: Schema.Literal("Isolated") })
)

const EntrySchema = Schema.Struct({
  state: StateSchema,
  generation: Schema.Number,
  streak: Schema.Number,
  window: Schema.Array(Schema.Boolean),
  openings: Schema.Number,
  lastOpenMillis: Schema.Number,
  closedAt: Schema.Number,
  leaseUntil: Schema.Number
})

const EntryJson = Schema.parseJson(EntrySchema)
const decodeEntry = Schema.decodeUnknownOption(EntryJson)
const encodeEntry = Schema.encodeSync(EntryJson)
const entryOf = (e: typeof EntrySchema.Type): CircuitBreaker.Entry => e

/**
 * Options of the shared breaker store.
 *
 * @since 0.1.0
 * @category options
 */
export interface BreakerStoreOptions {
  /** Name of the breaker in Redis. Default `"default"`. */
  readonly name?: string | undefined
  /** A circuit record nobody changed for this long is dropped (it reads as closed). Default 24 h. */
  readonly recordTtl?: Duration.DurationInput | undefined
}

const MAX_CAS_TRIES = 8
const MAX_CACHED = 10_000

/**
 * A `CircuitBreakerStore` on Redis. Each process keeps the last version of each circuit it saw;
 * `modify` sends the decision made on it with that version (compare-and-set in one script) and
 * re-runs the decision on the current record when another process changed it first. So one
 * process opening a circuit opens it for every other process at its next call, and in half-open
 * exactly one process wins the probe. When Redis does not answer, the store uses an in-memory
 * store for this process (logging once) and returns to Redis when it answers again.
 *
 * Times in the records are the processes' own clocks (the `CircuitBreaker` runs on the Effect
 * `Clock`), so machines should be NTP-synchronised; a skew of a few ms only shifts when an open
 * circuit half-opens.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeBreakerStore = (
  options: BreakerStoreOptions = {}
): Effect.Effect<CircuitBreaker.Store, never, FleetRedis | Scope.Scope> =>
  Effect.gen(function*() {
    const { connection, prefix } = yield* FleetRedis
    const base = `${prefix}cb:${options.name ?? "default"}:`
    const channel = `${base}changes`
    const ttl = Duration.toMillis(Duration.decode(options.recordTtl ?? Duration.hours(24)))
    const local = yield* CircuitBreaker.makeStoreMemory
    const cache = new Map<string, { readonly version: number; readonly entry: Option.Option<CircuitBreaker.Entry> }>()
    /** Keys whose cached version is known current: confirmed by Redis, no change published since. */
    const verified = new Set<string>()
    let subscribed = false
    /** Bumped by every notification (per key) and every subscription loss (all keys): a reply only
     * verifies a key when nothing was notified between sending the command and reading its reply. */
    const epochs = new Map<string, number>()
    let lost = 0
    const stamp = (key: string) => `${lost}:${epochs.get(key) ?? 0}`

    // Change notifications on a second connection (a subscribed connection cannot run scripts).
    const subscriber = connection.client.duplicate()
    const onMessage = (_channel: string, key: string) => {
      const k = key.slice(base.length)
      verified.delete(k)
      epochs.set(k, (epochs.get(k) ?? 0) + 1)
      if (epochs.size > MAX_CACHED) {
        // Bounded: forget every epoch and treat it as a lost subscription (nothing stays verified).
        epochs.clear()
        lost++
        verified.clear()
      }
    }
    const onDown = () => {
      subscribed = false
      lost++
      verified.clear()
    }
    const onReady = () => {
      subscriber.subscribe(channel).then(
        () => {
          subscribed = true
        },
        () => onDown()
      )
    }
    subscriber.on("message", onMessage)
    subscriber.on("close", onDown)
    subscriber.on("ready", onReady)
    subscriber.on("error", () => {})
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        onDown()
        subscriber.removeAllListeners()
        subscriber.disconnect()
      })
    )

    /** Caches a version; past `MAX_CACHED` circuits the oldest cached one is forgotten (it costs a round trip later). */
    const cacheSet = (key: string, value: { readonly version: number; readonly entry: Option.Option<CircuitBreaker.Entry> }) => {
      cache.delete(key)
      cache.set(key, value)
      if (cache.size <= MAX_CACHED) return
      const oldest = cache.keys().next()
      if (oldest.done === true) return
      cache.delete(oldest.value)
      verified.delete(oldest.value)
      epochs.delete(oldest.value)
    }

    const remember = (key: string, version: number, json: string) => {
      const entry = json === "" ? Option.none() : Option.map(decodeEntry(json), entryOf)
      cacheSet(key, { version, entry })
      return entry
    }

    const fallback = <A>(what: Effect.Effect<A>) =>
      Effect.zipRight(
        connection.noteFallback("breaker", "circuit breakers use local state while Redis is unreachable"),
        what
      )

    const get = (key: string): Effect.Effect<Option.Option<CircuitBreaker.Entry>> =>
      Effect.suspend(() => {
        const known = cache.get(key)
        if (subscribed && verified.has(key) && known !== undefined) return Effect.succeed(known.entry)
        const sent = stamp(key)
        const wasSubscribed = subscribed
        return connection.eval(BreakerLua.get, [base + key]).pipe(
          Effect.flatMap(decodeReply(GetReply, "breaker")),
          Effect.map(([version, json]) => {
            const entry = remember(key, version, json)
            if (wasSubscribed && subscribed && stamp(key) === sent) verified.add(key)
            return entry
          }),
          Effect.catchAll(() => fallback(local.get(key)))
        )
      })

    const modify = <A>(
      key: string,
      f: (entry: Option.Option<CircuitBreaker.Entry>) => readonly [A, CircuitBreaker.Entry]
    ): Effect.Effect<A> =>
      Effect.gen(function*() {
        for (let i = 0; i < MAX_CAS_TRIES; i++) {
          const known = cache.get(key) ?? { version: 0, entry: Option.none() }
          const input = Option.getOrElse(known.entry, () => CircuitBreaker.initialEntry)
          const [result, next] = f(known.entry)
          // Only a real change is written (a success on a closed circuit with no streak is not).
          const encoded = next === input ? "" : encodeEntry(next)
          const changed = encoded !== "" && encoded !== encodeEntry(input)
          // Nothing changes and our version is current: no round trip.
          if (!changed && subscribed && verified.has(key)) return result
          const wasSubscribed = subscribed
          const sent = stamp(key)
          const reply = yield* connection.eval(BreakerLua.cas, [
            base + key,
            known.version,
            changed ? encoded : "",
            ttl,
            channel
          ]).pipe(Effect.flatMap(decodeReply(CasReply, "breaker")), Effect.either)
          if (reply._tag === "Left") return yield* fallback(local.modify(key, f))
          const r = reply.right
          if (r[0] === 1) {
            cacheSet(key, { version: r[1], entry: changed ? Option.some(next) : known.entry })
            // Our own write is notified too: it bumps the epoch, so it verifies at the next check.
            if (wasSubscribed && subscribed && stamp(key) === sent) verified.add(key)
            return result
          }
          remember(key, r[1], r[2])
        }
        // Contention beyond MAX_CAS_TRIES: decide on this process' state rather than spin.
        return yield* fallback(local.modify(key, f))
      })

    return { get, modify }
  })

/**
 * The Redis breaker store as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerBreakerStore = (
  options: BreakerStoreOptions = {}
): Layer.Layer<CircuitBreaker.CircuitBreakerStore, never, FleetRedis> =>
  Layer.scoped(CircuitBreaker.CircuitBreakerStore, makeBreakerStore(options))

/**
 * A `CircuitBreaker` whose circuits are shared through Redis.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerCircuitBreaker = (
  options: Partial<CircuitBreaker.Options> & BreakerStoreOptions = {}
): Layer.Layer<CircuitBreaker.CircuitBreaker, never, FleetRedis> =>
  Layer.effect(CircuitBreaker.CircuitBreaker, CircuitBreaker.make(options)).pipe(
    Layer.provide(layerBreakerStore(options))
  )

// =============================================================================
// One layer
// =============================================================================

/**
 * The connection and the shared policies to turn on. A policy left out is not provided (and
 * costs no Redis traffic); provide an in-memory one as usual if you want it per process.
 *
 * @since 0.1.0
 * @category options
 */
export interface Options extends RedisConfig {
  readonly budget?: BudgetOptions | undefined
  readonly rateLimit?: RateLimitOptions | undefined
  readonly breaker?: (Partial<CircuitBreaker.Options> & BreakerStoreOptions) | undefined
}

/**
 * The services {@link layer} provides for given options.
 *
 * @since 0.1.0
 * @category models
 */
export type Provided<O extends Options> =
  | (O["budget"] extends BudgetOptions ? Budget.Budget : never)
  | (O["rateLimit"] extends RateLimitOptions ? RateLimit.RateLimit : never)
  | (O["breaker"] extends object ? CircuitBreaker.CircuitBreaker : never)

/**
 * One layer for fleet mode: a connection to `redis` and the shared policies named in the
 * options, all under `prefix`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = <const O extends Options>(options: O): Layer.Layer<Provided<O>> => {
  const none = Layer.empty as Layer.Layer<never, never, FleetRedis>
  const merged = Layer.mergeAll(
    options.budget === undefined ? none : layerBudget(options.budget),
    options.rateLimit === undefined ? none : layerRateLimit(options.rateLimit),
    options.breaker === undefined ? none : layerCircuitBreaker(options.breaker)
  )
  return merged.pipe(Layer.provide(layerRedis(options))) as Layer.Layer<Provided<O>>
}
