/**
 * `inScope` (src/internal/inScope.ts) is `Scope.extend` in fewer operations: the effect sees the
 * scope, its finalizers go to it, and the caller's context is back after success, failure and
 * interruption.
 */
import { assert, describe, it } from "@effect/vitest"
import { Context, Deferred, Effect, Exit, Fiber, Option, Scope } from "effect"
import { inScope } from "../src/internal/inScope.js"

const scopeSeen = Effect.map(Effect.context<never>(), (c) => Context.getOption(c, Scope.Scope))

describe("inScope", () => {
  it.effect("the effect sees the scope and its finalizers run when the scope closes, not before", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const log: Array<string> = []
      const seen = yield* inScope(
        Effect.zipRight(Effect.addFinalizer(() => Effect.sync(() => log.push("finalized"))), Effect.scope),
        scope
      )
      assert.strictEqual(seen, scope)
      assert.deepStrictEqual(log, [])
      yield* Scope.close(scope, Exit.void)
      assert.deepStrictEqual(log, ["finalized"])
    }))

  it.effect("the caller's context is back after success and after failure", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      yield* inScope(Effect.scope, scope)
      assert.isTrue(Option.isNone(yield* scopeSeen))
      const failed = yield* Effect.exit(inScope(Effect.zipRight(Effect.scope, Effect.fail("no")), scope))
      assert.deepStrictEqual(failed, Exit.fail("no"))
      assert.isTrue(Option.isNone(yield* scopeSeen))
    }))

  it.effect("it runs interruptibly, as Scope.extend, and the context is back after an interruption", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const started = yield* Deferred.make<void>()
      let after: Option.Option<Scope.Scope> | undefined
      const fiber = yield* Effect.fork(
        inScope(Effect.zipRight(Deferred.succeed(started, undefined), Effect.never), scope).pipe(
          Effect.ensuring(Effect.map(scopeSeen, (seen) => {
            after = seen
          }))
        )
      )
      yield* Deferred.await(started)
      const exit = yield* Fiber.interrupt(fiber)
      assert.isTrue(Exit.isInterrupted(exit))
      assert.deepStrictEqual(after, Option.none())
    }))
})
