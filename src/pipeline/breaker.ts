/**
 * Stage: circuit breaker admission (DESIGN §3 step 5), keyed by the candidate model. An open
 * circuit rejects at once; the permit's outcome is recorded however the attempt ends (an
 * interrupted probe frees the half-open slot at once).
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as CircuitBreaker from "../CircuitBreaker.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import { failureOf, outcomeOf } from "./classify.js"
import type { CallContext } from "./types.js"

/** The call's breaker's permit for `model` (none without a breaker). */
export const admit = (ctx: CallContext, model: string): Effect.Effect<CircuitBreaker.Permit | undefined, OpenRouterError> =>
  ctx.guards.breaker !== undefined ? ctx.guards.breaker.admit(model) : Effect.succeed(undefined)

/** The half-open probe's lease starts when it is sent, not while it queued for a permit. */
export const startProbe = (permit: CircuitBreaker.Permit | undefined): Effect.Effect<void, OpenRouterError> =>
  permit !== undefined ? permit.start : Effect.void

/** Records how the attempt ended on its permit. */
export const record = (
  permit: CircuitBreaker.Permit | undefined,
  exit: Exit.Exit<unknown, OpenRouterError>
): Effect.Effect<void> => {
  if (permit === undefined) return Effect.void
  const failure = failureOf(exit)
  return permit.record(
    outcomeOf(exit),
    failure !== undefined && "retryAfter" in failure ? failure.retryAfter : undefined
  )
}
