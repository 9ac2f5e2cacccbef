/**
 * One timer armed from inside a call (no fiber, no `Effect.timeoutFail`): `setTimeout` on
 * Effect's default clock, a sleep on the running `Clock` otherwise (a `TestClock`), so tests that
 * drive time keep driving these timers. `setTimeout` exists on every runtime.
 *
 * @internal
 */
import type * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"

/** Effect's default clock: timers on it are plain `setTimeout`s. */
const defaultClock: Clock.Clock = Effect.runSync(Effect.clock)

/** The longest delay `setTimeout` takes (a longer one would fire at once). */
const MAX_TIMER_MS = 2_147_483_647

const noop = (): void => {}

/**
 * Calls `fire` after `ms` on `clock` and returns the function that cancels it. A delay that is not
 * finite, or beyond `setTimeout`'s range (about 24.8 days), arms nothing.
 */
export const arm = (clock: Clock.Clock, ms: number, fire: () => void): () => void => {
  if (!(ms < MAX_TIMER_MS)) return noop
  const delay = Math.max(0, ms)
  if (clock === defaultClock) {
    const timer = setTimeout(fire, delay)
    return () => clearTimeout(timer)
  }
  const fiber = Effect.runFork(Effect.zipRight(clock.sleep(Duration.millis(delay)), Effect.sync(fire)))
  return () => {
    fiber.unsafeInterruptAsFork(FiberId.none)
  }
}

/**
 * `self` within `ms`, else the failure `onTimeout()` — like `Effect.timeoutFail`, for less: on
 * Effect's default clock `self` runs in one forked fiber and one `setTimeout` interrupts it, where
 * `timeoutFail` races two fibers and a sleep. As there, a timed-out `self` is interrupted and its
 * finalizers have run before the failure is raised, and `self`'s fiber-local changes are kept when
 * it succeeds. On another clock (a `TestClock`) it is `Effect.timeoutFail` itself: a sleeping
 * fiber per call on the `TestClock` made the many-call tests an order of magnitude slower.
 */
export const timeoutFail = <A, E, R, E1>(
  self: Effect.Effect<A, E, R>,
  ms: number,
  onTimeout: () => E1
): Effect.Effect<A, E | E1, R> =>
  !(ms < MAX_TIMER_MS)
    ? self
    : Effect.clockWith((clock) =>
      clock !== defaultClock
        ? Effect.timeoutFail(self, { duration: Duration.millis(ms), onTimeout })
        : Effect.uninterruptibleMask((restore) =>
          Effect.flatMap(Effect.fork(restore(self)), (fiber) =>
          restore(Effect.async<A, E | E1>((resume) => {
            let timedOut = false
            const cancel = arm(clock, ms, () => {
              timedOut = true
              fiber.unsafeInterruptAsFork(FiberId.none)
            })
            fiber.addObserver((exit) => {
              cancel()
              if (timedOut && Exit.isInterrupted(exit)) resume(Effect.fail(onTimeout()))
              else if (Exit.isSuccess(exit)) resume(Effect.as(fiber.inheritAll, exit.value))
              else resume(exit)
            })
            return Effect.suspend(() => {
              cancel()
              return Fiber.interrupt(fiber)
            })
          }))))
    )
