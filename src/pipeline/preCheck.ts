/**
 * Stage: registry pre-checks per candidate (step 2 of the call, docs/architecture.md): known model, context fits,
 * parameters supported. A refusal takes part in the fallback plan like a server answer would.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { type OpenRouterError } from "../OpenRouterError.js"
import { shape } from "./estimate.js"
import type { CallContext, Env } from "./types.js"

/**
 * Registry checks for one candidate, before its first request: a refusal here takes part in
 * the fallback plan like a server answer would (a context overflow moves to the
 * `contextLength` list with no request to the model that cannot take it).
 */
export const preCheckFor = (env: Env, ctx: CallContext, model: string): Effect.Effect<void, OpenRouterError> => {
  const checks = ctx.preCheck
  if (
    env.policies.registry === undefined ||
    (checks.checkModel !== true && checks.checkContext !== true && checks.checkParameters !== true)
  ) return Effect.void
  return env.policies.registry.preCheck(shape(ctx), { ...checks, model })
}
