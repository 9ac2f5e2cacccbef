/**
 * Stage: the fallback plan (step 3 of the call, docs/architecture.md). Runs the call's candidates in order — the requested
 * model, then the error-class-specific lists — skipping open circuits. When OpenRouter routes
 * server-side (`models` in the body), only the requested model is tried here.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import type * as CircuitBreaker from "../CircuitBreaker.js"
import * as Fallback from "../Fallback.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import type { CallContext } from "./types.js"

/** Runs `perCandidate` over the call's candidates; the answer and the model that gave it. */
export const overCandidates = <A, R>(
  ctx: CallContext,
  perCandidate: (model: string) => Effect.Effect<A, OpenRouterError, R>
): Effect.Effect<{ readonly value: A; readonly model: string }, OpenRouterError, R> =>
  Effect.suspend(() => {
    const serverModels = Fallback.serverSideModels(ctx.requestedModel, ctx.fallback)
    if (serverModels !== undefined) ctx.body["models"] = serverModels
    const fallbackOptions = serverModels !== undefined
      ? { ...ctx.fallback, models: [], contextLength: [], contentPolicy: [] }
      : ctx.fallback
    return Fallback.run(
      ctx.requestedModel,
      fallbackOptions,
      perCandidate,
      ctx.guards.breaker !== undefined
        ? { unavailable: (model) => (ctx.guards.breaker as CircuitBreaker.Service).remaining(model) }
        : {}
    )
  })
