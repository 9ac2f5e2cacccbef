/**
 * Stage: a call's first attempt in one step. When nothing the call does before sending can wait
 * or needs an effect — no rate limit, bulkhead, budget, usage ledger or registry check, no attempt
 * limit, a circuit breaker only on the in-memory store, and no tracer (the stages open the spans)
 * — the first attempt is admitted by the breaker at once, sent, classified and recorded in one
 * step: a JSON call whole (`fusedAttempt`), a streamed call up to its commit point (`runFused`).
 * Only when it fails does the call enter the stages (`run`, told that its first attempt was
 * made). The outcome is the stages' own: the same attempts log, breaker outcome, errors, result,
 * meter and telemetry (issue 11: the stages' effects were most of a call's cost over the
 * transport).
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as Scope from "effect/Scope"
import * as CallScope from "../internal/callScope.js"
import { inScope } from "../internal/inScope.js"
import { ChatCompletion } from "../ChatCompletion.js"
import type { ChatResult } from "../ChatResult.js"
import type * as Budget from "../Budget.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import * as Telemetry from "../Telemetry.js"
import { attemptRecord, failureOf, outcomeOf } from "./classify.js"
import { finish, finishNow, settled } from "./finish.js"
import { answerOf, jsonRequest, resultOf } from "./jsonAnswer.js"
import { AttemptResponse, type CallContext, type Env, type MadeAttempt, type Send, type SendIn } from "./types.js"

/** How many calls made their first attempt here (a test hook: shows which way a call went). @internal */
export const fusedCalls = { count: 0 }

/**
 * Whether the call may make its first attempt in one step: no tracer is installed (the stages
 * open the spans), it keeps its deadline on the exchange (`cooperativeDeadline`: nothing in it
 * can wait), has no attempt limit, and its breaker (if any) can admit at once.
 */
export const fusable = (ctx: CallContext, fiber: Fiber.RuntimeFiber<unknown, unknown>): boolean =>
  !Telemetry.isTracing(fiber.currentTracer) && ctx.deadline !== undefined && ctx.timeouts.attempt === undefined &&
  (ctx.guards.breaker === undefined || ctx.guards.breaker.unsafeAdmit !== undefined)

/**
 * The call, its first attempt made in one step; `after` is the stages after a failed first
 * attempt. `undefined` when the breaker cannot admit the call at once (the caller takes the
 * stages from the start).
 */
export const fusedAttempt = (
  env: Env,
  ctx: CallContext,
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  after: (made: MadeAttempt) => Effect.Effect<ChatResult, OpenRouterError>
): Effect.Effect<ChatResult, OpenRouterError> | undefined => {
  const first = admitted(ctx, fiber)
  if (first === undefined) return undefined
  const { clock, ended, model } = first
  return Effect.uninterruptibleMask((restore) =>
    Effect.matchCauseEffect(restore(env.unobserved.json(jsonRequest(ctx, model), ChatCompletion)), {
      onSuccess: ({ response, value }) => {
        const now = clock.unsafeCurrentTimeMillis()
        const answer = answerOf(value, response, model, now)
        const recording = ended(Either.isRight(answer) ? Exit.void : Exit.fail(answer.left), response.status, now)
        const rest = Either.isRight(answer)
          ? succeeded(env, ctx, fiber, resultOf(ctx, model, answer.right))
          : restore(settled(env, ctx)(after({ model, error: answer.left })))
        return recording === undefined ? rest : Effect.zipRight(recording, rest)
      },
      onFailure: (cause) => {
        const exit = Exit.failCause(cause)
        const recording = ended(exit, undefined, clock.unsafeCurrentTimeMillis())
        const error = failureOf(exit)
        // A typed failure: the stages take over. Interrupted, or a defect: the call ends here.
        const rest = error !== undefined
          ? restore(settled(env, ctx)(after({ model, error })))
          : Effect.zipRight(finish(env, ctx, Exit.isInterrupted(exit) ? { interrupted: true } : {}), exit)
        return recording === undefined ? rest : Effect.zipRight(recording, rest)
      }
    })
  )
}

/** An answered call's end: meter, ledger and telemetry (at once when there is only telemetry). */
const succeeded = (env: Env, ctx: CallContext, fiber: Fiber.RuntimeFiber<unknown, unknown>, result: ChatResult) => {
  const recording = finishNow(env, ctx, { completion: result }, fiber)
  return recording === undefined ? Effect.succeed(result) : Effect.as(recording, result)
}

/**
 * A first attempt admitted at once (by the call's breaker, if any, without an effect), with what
 * it needs to record its end; `undefined` when the breaker cannot admit it at once.
 */
const admitted = (ctx: CallContext, fiber: Fiber.RuntimeFiber<unknown, unknown>) => {
  const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
  const model = ctx.requestedModel
  const start = clock.unsafeCurrentTimeMillis()
  const breaker = ctx.guards.breaker
  const permit = breaker?.unsafeAdmit?.(model, start)
  if (breaker !== undefined && permit === undefined) return undefined
  fusedCalls.count++
  return {
    clock,
    model,
    /**
     * What `attempt` records when an attempt ends: the breaker's outcome (at once when that
     * changes no state, else the effect to run), then the attempts log (not when interrupted).
     */
    ended: (exit: Exit.Exit<unknown, OpenRouterError>, status: number | undefined, now: number): Effect.Effect<void> | undefined => {
      const error = failureOf(exit)
      const recording = permit?.unsafeRecord(
        outcomeOf(exit),
        error !== undefined && "retryAfter" in error ? error.retryAfter : undefined,
        now
      )
      if (!Exit.isInterrupted(exit)) {
        ctx.attempts.push(attemptRecord(exit, { model, n: 1, seen: status, durationMs: now - start, waitMs: 0 }))
      }
      return recording
    }
  }
}

/**
 * `run` with its first attempt made in one step, for a send that holds what it opened in the
 * attempt's scope (a stream: its response, until the call ends): the attempt gets a scope of its
 * own, forked from `parent` (closed when it fails), the send notes the response's status as the
 * observed transport does under `attempt`, and a failed first attempt hands over to `run`.
 * `undefined` when the breaker cannot admit the call at once (the caller takes `run` from the
 * start).
 */
export const fusedRun = <A>(
  env: Env,
  ctx: CallContext,
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  sends: { readonly first: SendIn<A>; readonly staged: Send<A> },
  parent: Scope.Scope
): Effect.Effect<Ran<A>, OpenRouterError> | undefined => {
  const first = admitted(ctx, fiber)
  if (first === undefined) return undefined
  const { clock, model } = first
  // The status of the response this attempt got, noted by the send.
  const seen = new AttemptResponse()
  type Restore = <X, E, R>(self: Effect.Effect<X, E, R>) => Effect.Effect<X, E, R>
  const attemptIn = (restore: Restore, scope: Scope.CloseableScope) =>
    Effect.matchCauseEffect(restore(sends.first(model, scope, seen)), {
      onSuccess: (value) => {
        const recording = first.ended(Exit.void, seen.status, clock.unsafeCurrentTimeMillis())
        const opened = Effect.succeed({ value, reservation: undefined, model })
        return recording === undefined ? opened : Effect.zipRight(recording, opened)
      },
      onFailure: (cause) => {
        const exit = Exit.failCause(cause)
        const recording = first.ended(exit, seen.status, clock.unsafeCurrentTimeMillis())
        const error = failureOf(exit)
        // What the attempt held is released before the next one (as `attempt` does).
        const closed = Scope.close(scope, exit)
        const rest = error !== undefined ? restore(inScope(env.run(ctx, sends.staged, { model, error }), parent)) : exit
        return Effect.zipRight(recording === undefined ? closed : Effect.zipRight(recording, closed), rest)
      }
    })
  // The attempt's scope is forked at once from a call scope (no step of its own).
  return Effect.uninterruptibleMask((restore) => {
    const forked = CallScope.unsafeFork(parent)
    return forked !== undefined
      ? attemptIn(restore, forked)
      : Effect.flatMap(CallScope.fork(parent), (scope) => attemptIn(restore, scope))
  })
}

/** What `run` gives: the answer, its budget reservation and the model that gave it. */
type Ran<A> = { readonly value: A; readonly reservation: Budget.Reservation | undefined; readonly model: string }

/**
 * `run` in the call's scope `parent`, its first attempt made in one step when the call allows it
 * ({@link fusable}).
 */
export const runFused = <A>(
  env: Env,
  ctx: CallContext,
  sends: { readonly first: SendIn<A>; readonly staged: Send<A> },
  parent: Scope.Scope
): Effect.Effect<Ran<A>, OpenRouterError> =>
  Effect.withFiberRuntime((fiber) =>
    (fusable(ctx, fiber) ? fusedRun(env, ctx, fiber, sends, parent) : undefined) ?? inScope(env.run(ctx, sends.staged), parent)
  )
