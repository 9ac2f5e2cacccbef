/**
 * Budget estimates cover every model a request can be served by (`model` and the server-side
 * `models`) and its web searches (issue 10, item 12). Expected values are computed by hand:
 *
 * prompt of `[{role: "user", content: "Hello"}]` = 3 (reply) + 4 (message) + ⌈5 / 3.6⌉ = 9 tokens;
 * 1 micro-USD = 10^6 pico-USD.
 *
 * - `a/cheap`  $1/M in, $2/M out:  9 × 1 + 100 × 2  =   209 micro-USD (max_tokens 100)
 * - `b/pricey` $10/M in, $30/M out: 9 × 10 + 100 × 30 = 3,090 micro-USD
 * - Exa through OpenRouter: $4 per 1,000 results = 4,000 micro-USD per result, 5 results by default
 *   → 20,000 micro-USD per search.
 * - `n/native` lists `pricing.web_search` $0.01 = 10,000 micro-USD per native search.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import * as Budget from "../src/Budget.js"
import * as Fallback from "../src/Fallback.js"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { userMessage } from "./helpers.js"

const model = (id: string, prompt: string, completion: string, webSearch?: string): Model =>
  ({
    id,
    name: id,
    created: 1,
    context_length: 100_000,
    pricing: { prompt, completion, ...(webSearch !== undefined ? { web_search: webSearch } : {}) },
    supported_parameters: ["max_tokens", "tools", "web_search_options"],
    architecture: { input_modalities: ["text"], output_modalities: ["text"] },
    top_provider: { context_length: 100_000, max_completion_tokens: 4096 }
  }) as unknown as Model

const catalogue = [
  model("a/cheap", "0.000001", "0.000002"),
  model("b/pricey", "0.00001", "0.00003"),
  model("n/native", "0.000001", "0.000002", "0.01")
]

const base = { messages: userMessage(), max_tokens: 100 }

const estimate = (request: ModelRegistry.RequestShape, options?: { readonly model?: string }) =>
  Effect.flatMap(ModelRegistry.ModelRegistry, (r) => r.estimateCost(request, options)).pipe(
    Effect.provide(ModelRegistry.layerStatic(catalogue))
  )

describe("budget estimates: the most expensive candidate", () => {
  it.effect("the server-side models[] alternatives are priced and the most expensive wins", () =>
    Effect.gen(function*() {
      assert.strictEqual((yield* estimate({ ...base, model: "a/cheap" })).micros, 209)
      const both = yield* estimate({ ...base, model: "a/cheap", models: ["a/cheap", "b/pricey"] })
      assert.strictEqual(both.micros, 3090)
      assert.strictEqual(both.model, "b/pricey")
      // the requested model is the most expensive: it stays
      const first = yield* estimate({ ...base, model: "b/pricey", models: ["a/cheap"] })
      assert.strictEqual(first.micros, 3090)
      // only the candidate, when asked (the meter's estimate of the model that answered)
      const served = yield* Effect.flatMap(
        ModelRegistry.ModelRegistry,
        (r) => r.estimateCost({ ...base, model: "a/cheap", models: ["b/pricey"] }, { model: "a/cheap", alternatives: false })
      ).pipe(Effect.provide(ModelRegistry.layerStatic(catalogue)))
      assert.strictEqual(served.micros, 209)
    }))

  it.effect("an alternative the catalogue does not know makes the estimate unpriced", () =>
    Effect.gen(function*() {
      const e = yield* estimate({ ...base, model: "a/cheap", models: ["z/unknown"] })
      assert.strictEqual(e.micros, undefined)
      assert.strictEqual(e.unpricedReason, "unknown-model")
      assert.strictEqual(e.model, "z/unknown")
    }))
})

describe("budget estimates: web search", () => {
  it.effect("the web plugin adds its searches (Exa, 5 results by default)", () =>
    Effect.gen(function*() {
      const e = yield* estimate({ ...base, model: "a/cheap", plugins: [{ id: "web" }] })
      assert.strictEqual(e.micros, 209 + 20_000)
      assert.strictEqual(e.webSearches, 1)
      assert.strictEqual(e.webSearchPicos, 20_000_000_000n)
      // max_results and max_uses
      const two = yield* estimate({ ...base, model: "a/cheap", plugins: [{ id: "web", max_results: 2, max_uses: 3 }] })
      assert.strictEqual(two.micros, 209 + 3 * 2 * 4_000)
      // switched off
      const off = yield* estimate({ ...base, model: "a/cheap", plugins: [{ id: "web", enabled: false }] })
      assert.strictEqual(off.micros, 209)
    }))

  it.effect("a :online model variant is the web plugin", () =>
    Effect.gen(function*() {
      const e = yield* estimate({ ...base, model: "a/cheap:online" })
      assert.strictEqual(e.micros, 209 + 20_000)
      // as a server-side alternative too: b/pricey:online = 3,090 + 20,000
      const alt = yield* estimate({ ...base, model: "a/cheap", models: ["b/pricey:online"] })
      assert.strictEqual(alt.micros, 3090 + 20_000)
    }))

  it.effect("engines: native uses pricing.web_search, exa the per-result price, auto the larger", () =>
    Effect.gen(function*() {
      const native = yield* estimate({ ...base, model: "n/native", plugins: [{ id: "web", engine: "native" }] })
      assert.strictEqual(native.micros, 209 + 10_000)
      const exa = yield* estimate({ ...base, model: "n/native", plugins: [{ id: "web", engine: "exa", max_results: 1 }] })
      assert.strictEqual(exa.micros, 209 + 4_000)
      const auto = yield* estimate({ ...base, model: "n/native", plugins: [{ id: "web", max_results: 1 }] })
      assert.strictEqual(auto.micros, 209 + 10_000)
    }))

  it.effect("web_search_options is one native search", () =>
    Effect.gen(function*() {
      const e = yield* estimate({ ...base, model: "n/native", web_search_options: { search_context_size: "high" } })
      assert.strictEqual(e.micros, 209 + 10_000)
    }))

  it.effect("the openrouter:web_search server tool counts max_uses searches", () =>
    Effect.gen(function*() {
      const tools = [{ type: "openrouter:web_search", parameters: { engine: "exa", max_results: 2, max_uses: 3 } }]
      const e = yield* estimate({ ...base, model: "a/cheap", tools })
      // the tool definition is prompt text too ($1/M: one micro-USD per prompt token)
      assert.strictEqual(e.micros, e.promptTokens * 1 + 200 + 3 * 2 * 4_000)
      assert.strictEqual(e.webSearches, 3)
    }))
})

describe("budget estimates through the pipeline", () => {
  const layer = <R>(extra: Layer.Layer<R>) =>
    OpenRouter.layer.pipe(
      Layer.provide(extra),
      Layer.provide(ModelRegistry.layerStatic(catalogue)),
      Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
      Layer.provideMerge(OpenRouterTest.layerHttpClient([OpenRouterTest.error(500, "should not be sent")]))
    )

  it.effect("server-side fallback to a pricier model: the budget refuses before sending", () =>
    Effect.gen(function*() {
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* Effect.either(c.chat({ ...base, model: "a/cheap" }))
        return { result, sent: (yield* OpenRouterTest.requests).length }
      }).pipe(
        Effect.provide(
          layer(Layer.merge(Budget.layer({ limitUsd: "0.002" }), Fallback.layer({ models: ["b/pricey"], serverSide: true })))
        )
      )
      assert.isTrue(Either.isLeft(result))
      if (Either.isRight(result)) return
      assert.strictEqual(result.left._tag, "BudgetExceededError")
      assert.strictEqual(result.left._tag === "BudgetExceededError" ? result.left.estimateMicros : undefined, 3090)
      assert.strictEqual(sent, 0)
    }))

  it.effect("the web plugin's cost counts against the budget", () =>
    Effect.gen(function*() {
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* Effect.either(c.chat({ ...base, model: "a/cheap", plugins: [{ id: "web" }] }))
        return { result, sent: (yield* OpenRouterTest.requests).length }
      }).pipe(Effect.provide(layer(Budget.layer({ limitUsd: "0.01" }))))
      assert.isTrue(Either.isLeft(result))
      if (Either.isRight(result)) return
      assert.strictEqual(result.left._tag === "BudgetExceededError" ? result.left.estimateMicros : undefined, 20_209)
      assert.strictEqual(sent, 0)
    }))
})
