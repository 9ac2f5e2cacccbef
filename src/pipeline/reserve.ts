/**
 * Stage: the budget reservation (step 7 of the call, docs/architecture.md), atomic, before the attempt is sent. The
 * caller settles it to the reported cost; whatever it leaves is settled when the attempt's scope
 * closes.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Scope from "effect/Scope"
import type * as Budget from "../Budget.js"
import { mayHaveBeenBilled, type OpenRouterError } from "../OpenRouterError.js"
import { billedPartial, errorOf } from "./classify.js"
import { estimateFor } from "./estimate.js"
import type { CallContext, Env } from "./types.js"

/**
 * What happens to the reservation when the attempt's scope closes. On a failed attempt: a
 * clean refusal (HTTP status) releases it; an ambiguous failure or an interruption keeps
 * the estimate as unsettled spend (or settles to the billed partial's cost). On an answered
 * attempt the caller settles it to the reported cost; if the caller never got to (it was
 * interrupted first), the estimate is kept as unsettled. Every step is idempotent, so this
 * is a no-op once the caller settled.
 */
const settleLeftover = (
  r: Budget.Reservation,
  exit: Exit.Exit<unknown, unknown>,
  answered: boolean
): Effect.Effect<void> => {
  if (answered || Exit.isSuccess(exit)) return r.settle(undefined)
  const failure = errorOf(exit.cause)
  return mayHaveBeenBilled(failure) || Exit.isInterrupted(exit)
    ? r.settleUsd(billedPartial(failure)?.usage?.cost ?? undefined)
    : r.release
}

/**
 * Reserves the candidate's estimate (none without a budget), its leftover settled when `scope`
 * closes; `answered` tells then whether the request was answered (and billed).
 */
export const reserve = (
  env: Env,
  ctx: CallContext,
  model: string,
  scope: Scope.Scope,
  answered: () => boolean
): Effect.Effect<Budget.Reservation | undefined, OpenRouterError> => {
  const budget = env.policies.budget
  if (budget === undefined || ctx.metered === false) return Effect.succeed(undefined)
  return Effect.flatMap(estimateFor(env, ctx, model), (estimate) =>
    // Reserving and registering the settlement are one step: no interruption between.
    Effect.uninterruptible(
      Effect.flatMap(budget.reserve(model, estimate), (r) =>
        Effect.as(Scope.addFinalizerExit(scope, (exit) => settleLeftover(r, exit, answered())), r))
    ))
}
