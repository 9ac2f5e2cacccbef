/**
 * Stage: the client-side rate limit and the bulkhead (step 6 of the call, docs/architecture.md): a rate-limit token
 * (requests and estimated tokens) for the candidate, then a bulkhead slot held for the attempt's
 * scope. A server 429 with Retry-After pauses the key.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import type { OpenRouterError } from "../OpenRouterError.js"
import { estimateTokens } from "./estimate.js"
import type { CallContext } from "./types.js"

/** Waits for (or is refused) a rate-limit token and a bulkhead slot. */
export const acquire = (ctx: CallContext, model: string): Effect.Effect<void, OpenRouterError, Scope.Scope> => {
  const { bulkhead, rateLimit } = ctx.guards
  if (rateLimit === undefined) return bulkhead === undefined ? Effect.void : bulkhead.permit
  const token = Effect.suspend(() => rateLimit.acquire({ model, tokens: estimateTokens(ctx.body) }))
  return bulkhead === undefined ? token : Effect.zipRight(token, bulkhead.permit)
}

/** A server 429 that says when to come back pauses the client-side limiter until then. */
export const pauseOnRateLimit = (ctx: CallContext, error: OpenRouterError | undefined): Effect.Effect<void> =>
  error !== undefined && error._tag === "RateLimitError" && error.retryAfter !== undefined &&
    ctx.guards.rateLimit !== undefined
    ? ctx.guards.rateLimit.pause(error.retryAfter)
    : Effect.void
