/**
 * Stage: time limits (steps 1 and 8 of the call, docs/architecture.md): the call's overall deadline, and the optional
 * per-attempt limit. (The headers and idle timeouts are the transport's; the stream wire's
 * first-content limit and idle timer live with it.)
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import { timeoutFail } from "../internal/timer.js"
import { type OpenRouterError, TimeoutError } from "../OpenRouterError.js"
import type { CallContext, Env } from "./types.js"

/** The error of a call that passed its deadline. */
export const deadlineError = (ctx: Pick<CallContext, "timeouts" | "requestedModel">): TimeoutError =>
  new TimeoutError({
    message: `The call exceeded its deadline of ${Duration.format(ctx.timeouts.deadline)}`,
    kind: "deadline",
    timeout: ctx.timeouts.deadline,
    model: ctx.requestedModel
  })

/** A call's deadline kept by its exchanges (`CallContext.deadline`): when, and the error it fails with. */
export class Deadline {
  constructor(readonly at: number, private readonly ctx: Pick<CallContext, "timeouts" | "requestedModel">) {}
  error(): TimeoutError {
    return deadlineError(this.ctx)
  }
}

/**
 * The whole call within its deadline: one timer (on the running clock) that interrupts the call
 * when it passes (`internal/timer.ts`, about half the cost of `Effect.timeoutFail`) — or, when the
 * call keeps its deadline itself (`ctx.deadline`, see {@link cooperativeDeadline}), nothing.
 */
export const withDeadline = (ctx: CallContext) => <A, R>(self: Effect.Effect<A, OpenRouterError, R>) =>
  ctx.deadline !== undefined ? self : timeoutFail(self, Duration.toMillis(ctx.timeouts.deadline), () => deadlineError(ctx))

/**
 * Whether a chat call can keep its deadline without a timer fiber: its transport honours a
 * deadline per exchange (`Transport.deadlines`), and nothing else in the call can wait — no rate
 * limit or bulkhead queue, no budget, usage ledger or registry check (each may do I/O), and a
 * circuit breaker only when it answers from memory. Then the deadline rides on each exchange (a
 * JSON exchange whole; a stream's up to its headers, where the stream's own timer takes over) and
 * bounds each retry wait, and the call pays for no fiber (issue 11: a forked timer per call was a
 * quarter of the non-streaming call's CPU).
 */
export const cooperativeDeadline = (
  env: Env,
  ctx: Pick<CallContext, "guards" | "preCheck">
): boolean => {
  const { breaker, bulkhead, rateLimit } = ctx.guards
  const { budget, ledger, registry } = env.policies
  return env.transport.deadlines === true &&
    rateLimit === undefined && bulkhead === undefined && budget === undefined && ledger === undefined &&
    (breaker === undefined || breaker.local === true) &&
    (registry === undefined ||
      (ctx.preCheck.checkModel !== true && ctx.preCheck.checkContext !== true && ctx.preCheck.checkParameters !== true))
}

/** One attempt within the call's attempt limit, when it has one. */
export const withAttemptTimeout = <A, R>(
  ctx: CallContext,
  model: string,
  self: Effect.Effect<A, OpenRouterError, R>
): Effect.Effect<A, OpenRouterError, R> => {
  const limit = ctx.timeouts.attempt
  return limit !== undefined
    ? timeoutFail(
      self,
      Duration.toMillis(limit),
      () => new TimeoutError({ message: `Attempt exceeded ${Duration.format(limit)}`, kind: "attempt", model })
    )
    : self
}
