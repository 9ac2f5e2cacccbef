/**
 * Stage: circuit breaker admission (step 5 of the call, docs/architecture.md), keyed by the candidate model. An open
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
export const admit = (ctx: CallContext, model: string): Effect.Effect<CircuitBreaker.Permit | undefined, OpenRouterError> => {
  const breaker = ctx.guards.breaker
  if (breaker === undefined) return Effect.succeed(undefined)
  const unsafeAdmit = breaker.unsafeAdmit
  // A breaker in memory admits a call on a closed circuit at once; anything else takes `admit`.
  return unsafeAdmit === undefined
    ? breaker.admit(model)
    : Effect.clockWith((clock) => {
      const permit = unsafeAdmit(model, clock.unsafeCurrentTimeMillis())
      return permit !== undefined ? Effect.succeed(permit) : breaker.admit(model)
    })
}

/** The half-open probe's lease starts when it is sent, not while it queued for a permit. */
export const startProbe = (permit: CircuitBreaker.Permit | undefined): Effect.Effect<void, OpenRouterError> =>
  permit !== undefined ? permit.start : Effect.void

const isUnsafe = (permit: CircuitBreaker.Permit): permit is CircuitBreaker.UnsafePermit => "unsafeRecord" in permit

/** Records how the attempt ended on its permit. */
export const record = (
  permit: CircuitBreaker.Permit | undefined,
  exit: Exit.Exit<unknown, OpenRouterError>
): Effect.Effect<void> => {
  if (permit === undefined) return Effect.void
  const failure = failureOf(exit)
  const retryAfter = failure !== undefined && "retryAfter" in failure ? failure.retryAfter : undefined
  return isUnsafe(permit)
    ? Effect.clockWith((clock) => permit.unsafeRecord(outcomeOf(exit), retryAfter, clock.unsafeCurrentTimeMillis()) ?? Effect.void)
    : permit.record(outcomeOf(exit), retryAfter)
}
