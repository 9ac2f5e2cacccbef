/**
 * Stage: the cheap budget check before anything is sent (step 7 of the call, docs/architecture.md, its first half):
 * a call whose estimate cannot fit the budget is refused before any request.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { type OpenRouterError } from "../OpenRouterError.js"
import { estimateFor } from "./estimate.js"
import { rejected } from "./finish.js"
import type { CallContext, Env } from "./types.js"

/** The cheap budget check: refuses a call whose estimate does not fit, before any request. */
export const checkBudget = (env: Env, ctx: CallContext): Effect.Effect<void, OpenRouterError> => {
  const budget = env.policies.budget
  if (budget === undefined || ctx.metered === false) return Effect.void
  return Effect.flatMap(estimateFor(env, ctx, ctx.requestedModel), (estimate) => budget.check(ctx.requestedModel, estimate))
    .pipe(Effect.tapError((e) => rejected(env, ctx, e)))
}

