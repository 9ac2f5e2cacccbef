/**
 * Estimates: the budget estimate per candidate (cached per call, from the registry's pricing)
 * and the token estimate the client-side rate limiter charges.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as ModelRegistry from "../ModelRegistry.js"
import type { CallContext, Env } from "./types.js"

export const shape = (ctx: CallContext): ModelRegistry.RequestShape => ctx.body as unknown as ModelRegistry.RequestShape

/**
 * The budget estimate for one candidate (cached per call): the most expensive model the request
 * can be served by (the candidate and the server-side `models`), web searches included. With
 * `served`, the model that answered, alone (the meter's estimate of a call without `usage.cost`).
 */
export const estimateFor = (env: Env, ctx: CallContext, model: string, served = false): Effect.Effect<number | undefined> =>
  Effect.suspend(() => {
    const key = served ? `served:${model}` : model
    const cache = (ctx.estimates ??= new Map())
    if (cache.has(key)) return Effect.succeed(cache.get(key))
    const registry = env.policies.registry
    // Other operations (rerank, images, audio…) are not priced by the registry: unpriced.
    if (registry === undefined || (ctx.operation !== "chat" && ctx.operation !== "embeddings")) {
      return Effect.succeed(undefined)
    }
    const estimate = ctx.operation === "embeddings"
      ? Effect.map(registry.get(model), (m) => ModelRegistry.estimateEmbeddingsCostFor(m, ctx.body["input"]))
      : registry.estimateCost(shape(ctx), { model, alternatives: !served })
    return estimate.pipe(
      Effect.map((e) => e.micros),
      Effect.orElseSucceed(() => undefined),
      Effect.tap((micros) => Effect.sync(() => cache.set(key, micros)))
    )
  })

export const estimateTokens = (body: Record<string, unknown>): number => {
  const text = JSON.stringify(body["messages"] ?? body["input"] ?? "")
  const max = body["max_tokens"] ?? body["max_completion_tokens"]
  return Math.ceil(text.length / 4) + (typeof max === "number" ? max : 0)
}
