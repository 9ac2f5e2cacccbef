/**
 * A bulkhead: at most `maxConcurrent` attempts in flight, at most `maxQueue` more waiting for a
 * slot, everyone beyond that refused at once with `BulkheadFullError`. A permit belongs to a
 * `Scope` and is released when that scope closes, so a stream keeps its permit until it ends or
 * is cancelled.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import { BulkheadFullError } from "./OpenRouterError.js"

/**
 * Bulkhead settings.
 *
 * @since 0.1.0
 * @category options
 */
export interface Options {
  /** Permits: attempts in flight at once. A positive integer. */
  readonly maxConcurrent: number
  /**
   * Callers allowed to wait for a permit. Default: unbounded (`Infinity`), so by default the
   * bulkhead only queues and never refuses; set `0` to refuse as soon as every permit is busy.
   */
  readonly maxQueue?: number | undefined
}

/**
 * Current use.
 *
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  readonly active: number
  readonly queued: number
}

/**
 * The bulkhead.
 *
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /**
   * A permit held until the current scope closes. Waits in the queue while every permit is busy;
   * fails at once with `BulkheadFullError` when the queue is full too. A waiter that is
   * interrupted leaves the queue.
   */
  readonly permit: Effect.Effect<void, BulkheadFullError, Scope.Scope>
  readonly stats: Effect.Effect<Stats>
}

/**
 * The bulkhead service.
 *
 * @since 0.1.0
 * @category services
 */
export class Bulkhead extends Context.Tag("effect-openrouter/Bulkhead")<Bulkhead, Service>() {}

/**
 * Builds a bulkhead.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Service> =>
  Effect.gen(function*() {
    const { maxConcurrent } = options
    const maxQueue = options.maxQueue ?? Number.POSITIVE_INFINITY
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
      return yield* Effect.die(
        new Cause.IllegalArgumentException(`Bulkhead: maxConcurrent must be a positive integer, got ${maxConcurrent}`)
      )
    }
    if (!(maxQueue >= 0)) {
      return yield* Effect.die(new Cause.IllegalArgumentException(`Bulkhead: maxQueue must be >= 0, got ${maxQueue}`))
    }
    const semaphore = yield* Effect.makeSemaphore(maxConcurrent)
    /** `admitted` = holding a permit or queued for one; `active` = holding a permit. */
    const counts = yield* Ref.make({ admitted: 0, active: 0 })

    const full = new BulkheadFullError({
      message: `Bulkhead full: ${maxConcurrent} in flight and ${maxQueue} queued`,
      maxConcurrent,
      maxQueue
    })

    const leave = Ref.update(counts, (c) => ({ ...c, admitted: c.admitted - 1 }))

    const permit: Effect.Effect<void, BulkheadFullError, Scope.Scope> = Effect.uninterruptibleMask((restore) =>
      Effect.gen(function*() {
        const entered = yield* Ref.modify(counts, (c) =>
          c.admitted < maxConcurrent + maxQueue
            ? [true, { ...c, admitted: c.admitted + 1 }] as const
            : [false, c] as const)
        if (!entered) return yield* Effect.fail(full)
        yield* restore(semaphore.take(1)).pipe(Effect.onInterrupt(() => leave))
        yield* Ref.update(counts, (c) => ({ ...c, active: c.active + 1 }))
        yield* Effect.addFinalizer(() =>
          Ref.update(counts, (c) => ({ admitted: c.admitted - 1, active: c.active - 1 })).pipe(
            Effect.zipRight(semaphore.release(1))
          )
        )
      })
    )

    const stats: Effect.Effect<Stats> = Effect.map(Ref.get(counts), (c) => ({
      active: c.active,
      queued: c.admitted - c.active
    }))

    return Bulkhead.of({ permit, stats })
  })

/**
 * A bulkhead as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<Bulkhead> => Layer.effect(Bulkhead, make(options))

/**
 * No limit: every caller gets a permit at once (still counted in `stats.active`).
 *
 * @since 0.1.0
 * @category layers
 */
export const unbounded: Layer.Layer<Bulkhead> = Layer.effect(
  Bulkhead,
  Effect.map(Ref.make(0), (active) =>
    Bulkhead.of({
      permit: Effect.uninterruptible(
        Ref.update(active, (n) => n + 1).pipe(
          Effect.zipRight(Effect.addFinalizer(() => Ref.update(active, (n) => n - 1)))
        )
      ),
      stats: Effect.map(Ref.get(active), (n) => ({ active: n, queued: 0 }))
    }))
)
