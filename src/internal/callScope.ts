/**
 * A call's scope in fewer steps than `Scope.make` / `Scope.fork`. Effect's own scope adds two
 * finalizers per fork (the child's close to the parent, the removal of that entry to the child),
 * and its `close` runs the finalizers through `forEachSequential` and `exitCollectAll` (a `Chunk`
 * and an `Option` per scope). A streamed call opens two (its own and its attempt's) and holds
 * them for the call's life: this one closes a fork from the parent without removing it (a call's
 * scope lives as long as the call), and runs the finalizers in reverse order, one after another,
 * each whatever the exit of the ones before, failing with every failure (as `Scope.close` does).
 *
 * It is a `Scope.CloseableScope` wherever Effect takes one (`Scope.addFinalizer`, `Scope.fork`,
 * `Scope.close`, `Scope.extend`, a transport's `sendIn`).
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Exit from "effect/Exit"
import { pipeArguments } from "effect/Pipeable"
import * as Scope from "effect/Scope"

/**
 * Effect's own scope state, kept in the same shape: Effect's internals that take any scope
 * (`Effect.forkIn`, a fork of Effect's scope) add and remove finalizers in `state.finalizers`
 * directly.
 */
type State = Open | Closed

// Classes, not literals: a call scope's state lives as long as the call (`longLived.ts`).
class Open {
  readonly _tag = "Open"
  readonly finalizers = new Map<unknown, Scope.Scope.Finalizer>()
}

class Closed {
  readonly _tag = "Closed"
  constructor(readonly exit: Exit.Exit<unknown, unknown>) {}
}

class CallScope implements Scope.CloseableScope {
  readonly [Scope.ScopeTypeId]: Scope.ScopeTypeId = Scope.ScopeTypeId
  readonly [Scope.CloseableScopeTypeId]: Scope.CloseableScopeTypeId = Scope.CloseableScopeTypeId
  readonly strategy: ExecutionStrategy.ExecutionStrategy = ExecutionStrategy.sequential
  state: State = new Open()

  pipe() {
    return pipeArguments(this, arguments)
  }

  /** The scope's finalizers: run at once when it is closed already (as Effect's scope does). */
  addFinalizer(finalizer: Scope.Scope.Finalizer): Effect.Effect<void> {
    return Effect.suspend(() => this.unsafeAdd(finalizer) ? Effect.void : finalizer(this.closedExit()))
  }

  /** Adds `finalizer` when open (`true`); `false` when closed already. */
  unsafeAdd(finalizer: Scope.Scope.Finalizer): boolean {
    if (this.state._tag === "Closed") return false
    this.state.finalizers.set({}, finalizer)
    return true
  }

  private closedExit(): Exit.Exit<unknown, unknown> {
    return this.state._tag === "Closed" ? this.state.exit : Exit.void
  }

  /** A child closed with this scope; its finalizers always run one after another (the safe order). */
  fork(_strategy: ExecutionStrategy.ExecutionStrategy): Effect.Effect<Scope.CloseableScope> {
    return Effect.sync(() => this.unsafeFork())
  }

  unsafeFork(): CallScope {
    const child = new CallScope()
    if (this.state._tag === "Closed") child.state = this.state
    else this.state.finalizers.set(child, (exit) => child.close(exit))
    return child
  }

  close(exit: Exit.Exit<unknown, unknown>): Effect.Effect<void> {
    return Effect.suspend(() => {
      if (this.state._tag === "Closed") return Effect.void
      const finalizers = Array.from(this.state.finalizers.values())
      this.state = new Closed(exit)
      return runFinalizers(finalizers, finalizers.length - 1, exit, undefined)
    })
  }
}

/** The finalizers from `i` down, each run whatever the ones before gave; every failure kept. */
const runFinalizers = (
  finalizers: Array<Scope.Scope.Finalizer>,
  i: number,
  exit: Exit.Exit<unknown, unknown>,
  failed: Cause.Cause<never> | undefined
): Effect.Effect<void> => {
  if (i < 0) return failed === undefined ? Effect.void : Effect.failCause(failed)
  const finalizer = finalizers[i] as Scope.Scope.Finalizer
  if (i === 0 && failed === undefined) return finalizer(exit)
  return Effect.matchCauseEffect(finalizer(exit), {
    onFailure: (cause) =>
      runFinalizers(finalizers, i - 1, exit, failed === undefined ? cause : Cause.sequential(failed, cause)),
    onSuccess: () => runFinalizers(finalizers, i - 1, exit, failed)
  })
}

/** A new call scope (open, sequential). */
export const make = (): Scope.CloseableScope => new CallScope()

/**
 * A scope forked from `parent`, closed with it: at once when `parent` is a call scope, else by
 * `Scope.fork`.
 */
export const fork = (parent: Scope.Scope): Effect.Effect<Scope.CloseableScope> =>
  parent instanceof CallScope ? Effect.sync(() => parent.unsafeFork()) : Scope.fork(parent, ExecutionStrategy.sequential)

/**
 * Adds `finalizer` to `scope` at once when it is an open call scope (`true`), in no step of its own;
 * `false` leaves it to the caller (`Scope.addFinalizerExit`).
 */
export const unsafeAddFinalizer = (scope: Scope.Scope, finalizer: Scope.Scope.Finalizer): boolean =>
  scope instanceof CallScope && scope.unsafeAdd(finalizer)

/**
 * `next` once `finalizer` is in `scope`: added now when `scope` is an open call scope (no step of
 * its own), else by `Scope.addFinalizerExit` before `next`.
 */
export const addFinalizerThen = <A, E, R>(
  scope: Scope.Scope,
  finalizer: Scope.Scope.Finalizer,
  next: Effect.Effect<A, E, R>
): Effect.Effect<A, E, R> =>
  unsafeAddFinalizer(scope, finalizer) ? next : Effect.zipRight(Scope.addFinalizerExit(scope, finalizer), next)

/** A scope forked from `parent` at once when `parent` is a call scope; else `undefined` ({@link fork}). */
export const unsafeFork = (parent: Scope.Scope): Scope.CloseableScope | undefined =>
  parent instanceof CallScope ? parent.unsafeFork() : undefined
