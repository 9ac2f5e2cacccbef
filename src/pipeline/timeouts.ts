/**
 * Stage: time limits (DESIGN §3 steps 1 and 8): the call's overall deadline, and the optional
 * per-attempt limit. (The headers and idle timeouts are the transport's; the stream wire's
 * first-content limit and idle timer live with it.)
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import { timeoutFail } from "../internal/timer.js"
import { type OpenRouterError, TimeoutError } from "../OpenRouterError.js"
import type { CallContext } from "./types.js"

/** The error of a call that passed its deadline. */
export const deadlineError = (ctx: CallContext): TimeoutError =>
  new TimeoutError({
    message: `The call exceeded its deadline of ${Duration.format(ctx.timeouts.deadline)}`,
    kind: "deadline",
    timeout: ctx.timeouts.deadline,
    model: ctx.requestedModel
  })

/**
 * The whole call within its deadline: one timer (on the running clock) that interrupts the call
 * when it passes (`internal/timer.ts`, about half the cost of `Effect.timeoutFail`).
 */
export const withDeadline = (ctx: CallContext) => <A, R>(self: Effect.Effect<A, OpenRouterError, R>) =>
  timeoutFail(self, Duration.toMillis(ctx.timeouts.deadline), () => deadlineError(ctx))

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
