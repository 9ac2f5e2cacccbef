/**
 * The cheapest model that fits: rank the catalogue for one request (with each candidate's
 * estimated cost and why every other model was left out), then let `ModelSelection.layer` pick
 * the model per call with `model: "auto-cheapest"` and fall back down the ranked list.
 *
 * Against the Simulator the cheapest candidate is then made to fail (`x-sim-scenario: flaky-503-5`)
 * until its circuit breaker opens: the next `auto-cheapest` call skips it and the next candidate
 * answers.
 *
 *   npx tsx examples/model-selection.ts
 */
import { Console, Effect, Layer } from "effect"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as ModelSelection from "../src/ModelSelection.js"
import { formatUsd } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { base, isMain, live, run } from "./_run.js"

/** Tools, at least 32k context (128k live), at most $5 per million output tokens. */
export const criteria: ModelSelection.LayerOptions = {
  capabilities: ["tools"],
  minContext: live ? 128_000 : 32_000,
  maxCompletionPricePerMillion: 5,
  excludeFree: true,
  maxCandidates: 3
}

export const layer = ModelSelection.layer(criteria).pipe(
  Layer.provideMerge(OpenRouter.layer),
  Layer.provideMerge(CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(1), openDuration: "30 seconds" })),
  Layer.provideMerge(OpenRouter.layerModelRegistry()),
  Layer.provideMerge(base)
)

const request = {
  model: ModelSelection.AUTO,
  messages: [{ role: "user" as const, content: "Name one moon of Saturn." }],
  max_tokens: 300
}

export const program = Effect.gen(function*() {
  // 1. A one-off query.
  const selection = yield* ModelSelection.rank(request, criteria)
  yield* Console.log(`prompt ≈ ${selection.promptTokens} tokens, output ${selection.outputTokens} (${selection.outputTokensSource})`)
  for (const [i, c] of selection.candidates.slice(0, 5).entries()) {
    yield* Console.log(`  #${i + 1} ${c.id}: ${formatUsd(c.picos, 8)}`)
  }
  for (const e of selection.excluded.slice(0, 5)) {
    yield* Console.log(`  excluded ${e.id}: ${e.reasons.map(ModelSelection.describe).join("; ")}`)
  }

  // 2. Per call, through the layer.
  const openrouter = yield* OpenRouter.OpenRouter
  const reply = yield* openrouter.chat(request)
  yield* Console.log(`auto-cheapest → ${reply.meta.requestedModel}: "${reply.text.slice(0, 60)}"`)

  // 3. The cheapest candidate goes down (Simulator only: a scripted 503) and its breaker opens:
  //    the next selected call skips it without a request and the next candidate answers.
  if (!live) {
    const cheapest = reply.meta.requestedModel
    yield* Effect.either(openrouter.chat({ ...request, model: cheapest }, {
      retry: { maxRetries: 0 },
      headers: { "x-sim-scenario": "flaky-503-5" }
    }))
    const breaker = yield* CircuitBreaker.CircuitBreaker
    yield* Console.log(`breaker for ${cheapest}: ${(yield* breaker.state(cheapest))._tag}`)
  }
  const next = yield* openrouter.chat(request)
  yield* Console.log(`auto-cheapest → served by ${next.meta.servedModel} (fallback: ${next.meta.fallback})`)
  return { selection, reply, next }
})

if (isMain(import.meta.url)) run(program, layer)
