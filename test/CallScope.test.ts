/**
 * The call's scope (src/internal/callScope.ts) stands in for `Scope.make` / `Scope.fork` on a
 * call's path: it must close as Effect's own scope closes — finalizers in reverse order, each run
 * whatever the others gave, every failure kept, a finalizer added after the close run at once,
 * a fork closed with its parent — and work wherever Effect takes a scope.
 */
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Fiber, Scope } from "effect"
import * as CallScope from "../src/internal/callScope.js"

/** Runs the same script over a call scope and over `Scope.make()`: what each logs and its close's exit. */
const script = (make: Effect.Effect<Scope.CloseableScope>) =>
  Effect.gen(function*() {
    const log: Array<string> = []
    const scope = yield* make
    const note = (name: string) => (exit: Exit.Exit<unknown, unknown>) =>
      Effect.sync(() => log.push(`${name}:${Exit.isSuccess(exit) ? "ok" : "failed"}`))
    yield* Scope.addFinalizerExit(scope, note("first"))
    yield* Scope.addFinalizer(scope, Effect.fail("boom-1").pipe(Effect.orDie))
    const child = yield* Scope.fork(scope, CallScope.make().strategy)
    yield* Scope.addFinalizerExit(child, note("child"))
    yield* Scope.addFinalizerExit(scope, note("third"))
    yield* Scope.addFinalizer(scope, Effect.die("boom-2"))
    const closed = yield* Effect.exit(Scope.close(scope, Exit.fail("why")))
    yield* Scope.addFinalizerExit(scope, note("late"))
    const late = yield* Scope.fork(scope, CallScope.make().strategy)
    yield* Scope.addFinalizerExit(late, note("late-child"))
    const again = yield* Effect.exit(Scope.close(scope, Exit.void))
    return { log, closed, again }
  })

const defects = (exit: Exit.Exit<unknown, unknown>): Array<unknown> =>
  Exit.isFailure(exit) ? [...Cause.defects(exit.cause)] : []

describe("CallScope", () => {
  it.effect("closes as Scope.make closes: reverse order, every finalizer run, every failure kept", () =>
    Effect.gen(function*() {
      const ours = yield* script(Effect.sync(CallScope.make))
      const effects = yield* script(Scope.make())
      assert.deepStrictEqual(ours.log, effects.log)
      assert.deepStrictEqual(ours.log, ["third:failed", "child:failed", "first:failed", "late:failed", "late-child:failed"])
      assert.deepStrictEqual(defects(ours.closed), ["boom-2", "boom-1"])
      assert.deepStrictEqual(defects(effects.closed).sort(), ["boom-1", "boom-2"])
      assert.isTrue(Exit.isSuccess(ours.again))
    }))

  it.effect("one finalizer, and none: the close's exit is the finalizer's", () =>
    Effect.gen(function*() {
      const empty = CallScope.make()
      assert.isTrue(Exit.isSuccess(yield* Effect.exit(Scope.close(empty, Exit.void))))
      const one = CallScope.make()
      yield* Scope.addFinalizer(one, Effect.die("only"))
      assert.deepStrictEqual(defects(yield* Effect.exit(Scope.close(one, Exit.void))), ["only"])
    }))

  it.effect("a fork of Effect's own scope is Effect's fork, closed with it", () =>
    Effect.gen(function*() {
      const parent = yield* Scope.make()
      const child = yield* CallScope.fork(parent)
      let closed = false
      yield* Scope.addFinalizer(child, Effect.sync(() => (closed = true)))
      yield* Scope.close(parent, Exit.void)
      assert.isTrue(closed)
    }))

  it.effect("a fork of a call scope is closed with it, after what was added later", () =>
    Effect.gen(function*() {
      const parent = CallScope.make()
      const log: Array<string> = []
      const child = yield* CallScope.fork(parent)
      yield* Scope.addFinalizer(child, Effect.sync(() => log.push("child")))
      yield* Scope.addFinalizer(parent, Effect.sync(() => log.push("parent")))
      // closing the child first: the parent's close does not run it again
      yield* Scope.close(child, Exit.void)
      yield* Scope.close(parent, Exit.void)
      assert.deepStrictEqual(log, ["child", "parent"])
    }))

  it.effect("works where Effect takes a scope: Scope.extend, acquireRelease, Effect.forkIn", () =>
    Effect.gen(function*() {
      const scope = CallScope.make()
      const log: Array<string> = []
      const value = yield* Scope.extend(
        Effect.acquireRelease(Effect.succeed(42), () => Effect.sync(() => log.push("released"))),
        scope
      )
      const fiber = yield* Effect.forkIn(Effect.never, scope)
      assert.strictEqual(value, 42)
      assert.deepStrictEqual(log, [])
      yield* Scope.close(scope, Exit.void)
      assert.deepStrictEqual(log, ["released"])
      assert.isTrue(Exit.isInterrupted(yield* Fiber.await(fiber)))
    }))

  it.effect("unsafeAddFinalizer / unsafeFork: at once on an open call scope, else left to Effect's own", () =>
    Effect.gen(function*() {
      const log: Array<string> = []
      const scope = CallScope.make()
      assert.isTrue(CallScope.unsafeAddFinalizer(scope, () => Effect.sync(() => log.push("first"))))
      const child = CallScope.unsafeFork(scope)
      assert.isDefined(child)
      if (child !== undefined) assert.isTrue(CallScope.unsafeAddFinalizer(child, () => Effect.sync(() => log.push("child"))))
      yield* Scope.close(scope, Exit.void)
      assert.deepStrictEqual(log, ["child", "first"])
      // closed: nothing added (the caller runs it through `Scope.addFinalizerExit`, which runs it at once)
      assert.isFalse(CallScope.unsafeAddFinalizer(scope, () => Effect.void))
      const effects = yield* Scope.make()
      assert.isFalse(CallScope.unsafeAddFinalizer(effects, () => Effect.void))
      assert.isUndefined(CallScope.unsafeFork(effects))
    }))
})
