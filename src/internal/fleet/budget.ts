/**
 * The shared budget (`Fleet.makeBudget`, `Fleet.layerBudget`): the `Budget` service on the
 * fleet's Redis, one Lua script per decision (`budgetLua.ts`), with the fail-closed or local-cap
 * fallback while Redis is unreachable.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as PubSub from "effect/PubSub"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Budget from "../../Budget.js"
import * as ModelId from "../../ModelId.js"
import { parseUsd, picosToMicros } from "../../Money.js"
import { BudgetExceededError } from "../../OpenRouterError.js"
import * as BudgetLua from "./budgetLua.js"
import { FleetRedis, processId } from "./connection.js"
import type * as Conn from "./redis.js"
import { AdmitReply, decodeReply, FinishReply, SnapshotReply } from "./replies.js"

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
