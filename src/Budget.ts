/**
 * Spend caps with reservation semantics (like OpenRouter's in-flight budget): a request reserves
 * its estimated cost immediately before it is sent, and the reservation is settled to the
 * reported cost, released when nothing was billed, or kept as "unsettled" until reconciled.
 *
 * - Admission is atomic across fibers: a reservation is admitted iff
 *   `spent + reserved + unsettled + estimate ≤ limit`, for the session and, when configured, for
 *   the model's own cap. Otherwise it fails with `BudgetExceededError` (limit, spent, reserved,
 *   estimate, `resetsAt`) **before any HTTP request**.
 * - An unpriced request (estimate `undefined`) is refused with `unpriced: true` unless
 *   `allowUnpriced` is set, in which case it reserves nothing.
 * - Crossing `softLimitUsd` (spent + reserved) publishes a `SoftLimitReached` event once per
 *   window; it never refuses.
 * - With a `window`, spending resets at fixed UTC-aligned boundaries (multiples of the window
 *   since the Unix epoch: a `"1 day"` window resets at 00:00 UTC) read from the Effect `Clock`.
 *   In-flight and unsettled reservations carry over; what they settle to counts in the window
 *   they settle in.
 *
 * Amounts are exact: pico-USD internally, micro-USD at the API.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as PubSub from "effect/PubSub"
import type * as Queue from "effect/Queue"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as ModelId from "./ModelId.js"
import { microsToPicos, parseUsd, picosToMicros, usdToPicos } from "./Money.js"
import { BudgetExceededError } from "./OpenRouterError.js"

// =============================================================================
// Models
// =============================================================================

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Session cap in USD. */
  readonly limitUsd: number | string
  /** Caps per model id (exact id, or its base id without variants), in USD. */
  readonly perModel?: Readonly<Record<string, number | string>> | undefined
  /** Publish a `SoftLimitReached` event when spent + reserved reaches this (USD). Never refuses. */
  readonly softLimitUsd?: number | string | undefined
  /** Reset spending every `window` (fixed, UTC-aligned). Default: never (lifetime of the layer). */
  readonly window?: Duration.DurationInput | undefined
  /** Admit requests without a price (reserving nothing). Default `false`. */
  readonly allowUnpriced?: boolean | undefined
}

/**
 * The amounts of one scope, in micro-USD.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScopeSnapshot {
  readonly limitMicros: number
  /** Settled spending in the current window. */
  readonly spentMicros: number
  /** Estimates of reservations in flight. */
  readonly reservedMicros: number
  /** Estimates of requests that ended without a reported cost (kept until settled). */
  readonly unsettledMicros: number
  /** `limit − spent − reserved − unsettled` (may be negative after an over-estimate settles high). */
  readonly remainingMicros: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Snapshot extends ScopeSnapshot {
  readonly softLimitMicros: number | undefined
  /** End of the current window (epoch ms), when a window is configured. */
  readonly resetsAt: number | undefined
  /** Per-model caps, keyed as configured. */
  readonly perModel: Readonly<Record<string, ScopeSnapshot>>
}

/**
 * Budget events.
 *
 * @since 0.1.0
 * @category models
 */
export type BudgetEvent =
  | {
    readonly _tag: "SoftLimitReached"
    readonly softLimitMicros: number
    readonly spentMicros: number
    readonly reservedMicros: number
    readonly resetsAt: number | undefined
  }
  | {
    readonly _tag: "Refused"
    readonly error: BudgetExceededError
  }
  | {
    readonly _tag: "WindowReset"
    readonly resetsAt: number
  }

/**
 * A reservation. Every method is idempotent; the first of `settle(n)` / `release` wins, except
 * that a reservation kept as unsettled (`settle(undefined)`) can still be settled later.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reservation {
  readonly model: string
  /** What was reserved, in micro-USD (0 for an admitted unpriced request). */
  readonly estimateMicros: number
  /**
   * Replaces the reservation by the actual cost (micro-USD). `undefined`: the cost is not known
   * yet (stream dropped without usage, ambiguous transport failure) — the estimate stays counted
   * as unsettled until a later `settle(actual)` (after `reconcile`) or `release`.
   */
  readonly settle: (actualMicros: number | undefined) => Effect.Effect<void>
  /** Like `settle`, with the cost in USD as OpenRouter reports it (`usage.cost`), kept exact. */
  readonly settleUsd: (actualUsd: number | undefined) => Effect.Effect<void>
  /** Drops the reservation: nothing was billed (HTTP error status, local failure). */
  readonly release: Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /** A cheap, non-reserving admission check (run when the logical request starts). */
  readonly check: (model: string, estimateMicros: number | undefined) => Effect.Effect<void, BudgetExceededError>
  /** Atomically reserves the estimate, or fails before any request is sent. */
  readonly reserve: (
    model: string,
    estimateMicros: number | undefined
  ) => Effect.Effect<Reservation, BudgetExceededError>
  readonly snapshot: Effect.Effect<Snapshot>
  /** Budget events (subscribe before the events you want to see happen). */
  readonly events: Stream.Stream<BudgetEvent>
  /** A subscription to the events, open for the scope. */
  readonly subscribe: Effect.Effect<Queue.Dequeue<BudgetEvent>, never, Scope.Scope>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Budget extends Context.Tag("effect-openrouter/Budget")<Budget, Service>() {}

// =============================================================================
// State
// =============================================================================

interface Ledger {
  readonly spent: bigint
  readonly reserved: bigint
  readonly unsettled: bigint
}

interface State {
  readonly windowStart: number
  readonly session: Ledger
  readonly perModel: Readonly<Record<string, Ledger>>
  readonly softNotified: boolean
}

const emptyLedger: Ledger = { spent: 0n, reserved: 0n, unsettled: 0n }

const toUsdPicos = (value: number | string, field: string): bigint => {
  const parsed = parseUsd(value)
  if (Option.isNone(parsed) || parsed.value < 0n) {
    throw new RangeError(`Budget ${field} must be a non-negative USD amount, got ${String(value)}`)
  }
  return parsed.value
}

const scopeSnapshot = (limit: bigint, l: Ledger): ScopeSnapshot => ({
  limitMicros: picosToMicros(limit),
  spentMicros: picosToMicros(l.spent),
  reservedMicros: picosToMicros(l.reserved),
  unsettledMicros: picosToMicros(l.unsettled),
  remainingMicros: picosToMicros(limit - l.spent - l.reserved - l.unsettled)
})

/**
 * The settle-once life of a reservation, shared by every `Budget` implementation: `reserved`, then
 * `done` (settled with a cost, or released) — or `unsettled` (settled without a known cost), which
 * a later settlement with a cost or a release may still end. `apply` runs once per change, with the
 * state left; the status change and `apply` are uninterruptible together (an interruption between
 * them would leave the estimate reserved for ever).
 *
 * @since 0.1.0
 * @category constructors
 */
export const settleOnce = <Actual>(
  apply: (previous: "reserved" | "unsettled", actual: Actual | undefined, release: boolean) => Effect.Effect<void>
) => {
  const status = Ref.unsafeMake<"reserved" | "unsettled" | "done">("reserved")
  return (actual: Actual | undefined, release: boolean): Effect.Effect<void> =>
    Effect.uninterruptible(Effect.flatMap(
      Ref.modify(status, (st) => {
        if (st === "done" || (st === "unsettled" && actual === undefined && !release)) return [undefined, st] as const
        return [st, release || actual !== undefined ? "done" as const : "unsettled" as const] as const
      }),
      (previous) => (previous === undefined ? Effect.void : apply(previous, actual, release))
    ))
}

/**
 * Builds a budget. Fails with a defect (`RangeError`) when an amount is not a non-negative USD
 * number.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Service> =>
  Effect.gen(function*() {
    const limit = toUsdPicos(options.limitUsd, "limitUsd")
    const soft = options.softLimitUsd === undefined ? undefined : toUsdPicos(options.softLimitUsd, "softLimitUsd")
    const perModelLimits = new Map<string, bigint>(
      Object.entries(options.perModel ?? {}).map(([k, v]) => [k, toUsdPicos(v, `perModel[${k}]`)] as const)
    )
    const windowMs = options.window === undefined ? undefined : Duration.toMillis(Duration.decode(options.window))
    const allowUnpriced = options.allowUnpriced ?? false

    const windowStartOf = (now: number) =>
      windowMs === undefined || !Number.isFinite(windowMs) || windowMs <= 0 ? 0 : Math.floor(now / windowMs) * windowMs
    const resetsAtOf = (start: number) =>
      windowMs === undefined || !Number.isFinite(windowMs) || windowMs <= 0 ? undefined : start + windowMs

    const now0 = yield* Clock.currentTimeMillis
    const state = yield* Ref.make<State>({
      windowStart: windowStartOf(now0),
      session: emptyLedger,
      perModel: {},
      softNotified: false
    })
    const pubsub = yield* PubSub.unbounded<BudgetEvent>()

    const modelKey = (model: string): string | undefined => {
      if (perModelLimits.has(model)) return model
      const base = ModelId.base(model)
      return perModelLimits.has(base) ? base : undefined
    }

    /** Rolls the window forward when `now` is past it. */
    const roll = (s: State, now: number): readonly [State, BudgetEvent | undefined] => {
      const start = windowStartOf(now)
      if (start === s.windowStart) return [s, undefined]
      const carry = (l: Ledger): Ledger => ({ ...l, spent: 0n })
      const perModel: Record<string, Ledger> = {}
      for (const [k, l] of Object.entries(s.perModel)) perModel[k] = carry(l)
      const resetsAt = resetsAtOf(start)
      return [
        { windowStart: start, session: carry(s.session), perModel, softNotified: false },
        resetsAt === undefined ? undefined : { _tag: "WindowReset", resetsAt }
      ]
    }

    const used = (l: Ledger) => l.spent + l.reserved + l.unsettled

    const refusal = (
      s: State,
      model: string,
      estimate: bigint | undefined,
      unpriced: boolean
    ): BudgetExceededError | undefined => {
      const resetsAt = resetsAtOf(s.windowStart)
      const fail = (scope: string, lim: bigint, l: Ledger, message: string) =>
        new BudgetExceededError({
          message,
          scope,
          limitMicros: picosToMicros(lim),
          spentMicros: picosToMicros(l.spent),
          reservedMicros: picosToMicros(l.reserved + l.unsettled),
          ...(estimate !== undefined ? { estimateMicros: picosToMicros(estimate) } : {}),
          ...(unpriced ? { unpriced: true } : {}),
          ...(resetsAt !== undefined ? { resetsAt } : {})
        })
      if (unpriced && !allowUnpriced) {
        return fail("session", limit, s.session, `${model} has no known price; refused under a budget (allowUnpriced is off)`)
      }
      const amount = estimate ?? 0n
      if (used(s.session) + amount > limit) {
        return fail("session", limit, s.session, `session budget exceeded for ${model}`)
      }
      const key = modelKey(model)
      const modelLimit = key === undefined ? undefined : perModelLimits.get(key)
      if (key !== undefined && modelLimit !== undefined) {
        const l = s.perModel[key] ?? emptyLedger
        if (used(l) + amount > modelLimit) return fail(`model:${key}`, modelLimit, l, `budget for ${key} exceeded`)
      }
      return undefined
    }

    const updateLedgers = (s: State, model: string, f: (l: Ledger) => Ledger): State => {
      const key = modelKey(model)
      return {
        ...s,
        session: f(s.session),
        perModel: key === undefined ? s.perModel : { ...s.perModel, [key]: f(s.perModel[key] ?? emptyLedger) }
      }
    }

    /** Soft-limit check after a change; returns the event to publish, if any. */
    const softCheck = (s: State): readonly [State, BudgetEvent | undefined] => {
      if (soft === undefined || s.softNotified) return [s, undefined]
      if (s.session.spent + s.session.unsettled + s.session.reserved < soft) return [s, undefined]
      return [
        { ...s, softNotified: true },
        {
          _tag: "SoftLimitReached",
          softLimitMicros: picosToMicros(soft),
          spentMicros: picosToMicros(s.session.spent),
          reservedMicros: picosToMicros(s.session.reserved + s.session.unsettled),
          resetsAt: resetsAtOf(s.windowStart)
        }
      ]
    }

    const publishAll = (events: ReadonlyArray<BudgetEvent | undefined>) =>
      Effect.forEach(events, (e) => (e === undefined ? Effect.void : PubSub.publish(pubsub, e)), { discard: true })

    /** Runs a state transition atomically, then publishes its events. */
    const transition = <A>(
      f: (s: State, now: number) => readonly [A, State, ReadonlyArray<BudgetEvent | undefined>]
    ): Effect.Effect<A> =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.flatMap(
          Ref.modify(state, (s0): readonly [readonly [A, ReadonlyArray<BudgetEvent | undefined>], State] => {
            const [s1, rolled] = roll(s0, now)
            const [a, s2, events] = f(s1, now)
            return [[a, [rolled, ...events]], s2]
          }),
          ([a, events]) => Effect.as(publishAll(events), a)
        ))

    const estimatePicos = (estimateMicros: number | undefined) =>
      estimateMicros === undefined ? undefined : microsToPicos(Math.max(0, estimateMicros))

    const check = (model: string, estimateMicros: number | undefined): Effect.Effect<void, BudgetExceededError> =>
      Effect.flatMap(
        transition((s) => [refusal(s, model, estimatePicos(estimateMicros), estimateMicros === undefined), s, []]),
        (error) => (error === undefined ? Effect.void : Effect.fail(error))
      )

    const makeReservation = (model: string, amount: bigint): Reservation => {
      const finish = settleOnce<bigint>((previous, actual, release) =>
        transition((s) => {
          const next = updateLedgers(s, model, (l) => {
            const held = previous === "reserved"
              ? { ...l, reserved: l.reserved - amount }
              : { ...l, unsettled: l.unsettled - amount }
            if (release) return held
            return actual === undefined
              ? { ...held, unsettled: held.unsettled + amount }
              : { ...held, spent: held.spent + actual }
          })
          const [checked, event] = softCheck(next)
          return [undefined, checked, [event]]
        })
      )
      return {
        model,
        estimateMicros: picosToMicros(amount),
        settle: (actualMicros) =>
          finish(actualMicros === undefined ? undefined : microsToPicos(Math.max(0, actualMicros)), false),
        settleUsd: (actualUsd) => {
          const picos = actualUsd === undefined ? undefined : Option.getOrUndefined(parseUsd(actualUsd))
          return finish(picos === undefined ? undefined : picos < 0n ? 0n : picos, false)
        },
        release: finish(undefined, true)
      }
    }

    const reserve = (
      model: string,
      estimateMicros: number | undefined
    ): Effect.Effect<Reservation, BudgetExceededError> => {
      const estimate = estimatePicos(estimateMicros)
      const amount = estimate ?? 0n
      // Uninterruptible from the ledger change to the handle it returns: a caller that gets
      // no handle has reserved nothing. (Callers make their own "reserve, then register the
      // release" step atomic — `withReservation` does, through `acquireUseRelease`.)
      return Effect.uninterruptible(
        Effect.flatMap(
          transition((s): readonly [BudgetExceededError | undefined, State, ReadonlyArray<BudgetEvent | undefined>] => {
            const error = refusal(s, model, estimate, estimate === undefined)
            if (error !== undefined) return [error, s, [{ _tag: "Refused", error }]]
            const next = updateLedgers(s, model, (l) => ({ ...l, reserved: l.reserved + amount }))
            const [checked, event] = softCheck(next)
            return [undefined, checked, [event]]
          }),
          (error) => (error === undefined ? Effect.succeed(makeReservation(model, amount)) : Effect.fail(error))
        )
      )
    }

    const snapshot = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Effect.map(Ref.get(state), (s0): Snapshot => {
        const [s] = roll(s0, now)
        const perModel: Record<string, ScopeSnapshot> = {}
        for (const [key, lim] of perModelLimits) perModel[key] = scopeSnapshot(lim, s.perModel[key] ?? emptyLedger)
        return {
          ...scopeSnapshot(limit, s.session),
          softLimitMicros: soft === undefined ? undefined : picosToMicros(soft),
          resetsAt: resetsAtOf(s.windowStart),
          perModel
        }
      }))

    return Budget.of({
      check,
      reserve,
      snapshot,
      events: Stream.fromPubSub(pubsub),
      subscribe: PubSub.subscribe(pubsub)
    })
  })

/**
 * A budget layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<Budget> => Layer.effect(Budget, make(options))

/**
 * Runs `use` under a reservation: reserves `estimateMicros` for `model`, settles to
 * `actualUsd(result)` on success (keeping it unsettled when that is `undefined`), and on failure
 * or interruption settles to `onFailure(error)` — release (`"release"`, the default: nothing was
 * billed) or keep unsettled (`"unsettled"`: possibly billed, reconcile later).
 *
 * @since 0.1.0
 * @category combinators
 */
export const withReservation = <A, E, R>(
  budget: Service,
  model: string,
  estimateMicros: number | undefined,
  use: (reservation: Reservation) => Effect.Effect<A, E, R>,
  options: {
    readonly actualUsd: (a: A) => number | undefined
    readonly onFailure?: ((exit: Exit.Exit<A, E>) => "release" | "unsettled") | undefined
  }
): Effect.Effect<A, E | BudgetExceededError, R> =>
  Effect.acquireUseRelease(
    budget.reserve(model, estimateMicros),
    use,
    (reservation, exit) =>
      Exit.isSuccess(exit)
        ? reservation.settleUsd(options.actualUsd(exit.value))
        : (options.onFailure?.(exit) ?? "release") === "release"
        ? reservation.release
        : reservation.settle(undefined)
  )

/**
 * Converts a USD amount to micro-USD for `check`/`reserve` (exact, rounded half-up).
 *
 * @since 0.1.0
 * @category utils
 */
export const usdToMicros = (usd: number | string): number => picosToMicros(usdToPicos(usd))
