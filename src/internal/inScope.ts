/**
 * `Scope.extend` in fewer steps. `Scope.extend` provides the scope through `Effect.provideContext`,
 * which is `FiberRef.locally` on the fiber's context: an `acquireUseRelease` of about 17 Effect
 * operations (a streamed call's path has two or three). This adds the scope to the context and
 * puts the context back on exit in one masked step (about 9); the effect runs with the caller's
 * interruptibility, as under `Scope.extend`.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Scope from "effect/Scope"

export const inScope = <A, E>(self: Effect.Effect<A, E, Scope.Scope>, scope: Scope.Scope): Effect.Effect<A, E> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(
      FiberRef.getAndUpdate(FiberRef.currentContext, (context) => Context.add(context, Scope.Scope, scope)),
      (outer) => {
        const reset = FiberRef.set(FiberRef.currentContext, outer)
        // The scope is in the fiber's context until `reset`: what `self` requires.
        return Effect.matchCauseEffect(restore(self) as Effect.Effect<A, E>, {
          onFailure: (cause) => Effect.zipRight(reset, Effect.failCause(cause)),
          onSuccess: (a) => Effect.as(reset, a)
        })
      }
    )
  )
