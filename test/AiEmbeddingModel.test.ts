/**
 * `OpenRouterEmbeddingModel` (effect-openrouter/ai) against the Simulator: @effect/ai's
 * `EmbeddingModel.embed` / `embedMany` over this client's `embeddings`; and the GenAI metrics an
 * embeddings call records.
 */
import * as AiError from "@effect/ai/AiError"
import * as EmbeddingModel from "@effect/ai/EmbeddingModel"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Metric, Schema } from "effect"
import * as Ai from "../src/ai.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as Telemetry from "../src/Telemetry.js"
import { makeTracer } from "./tracer.js"

const client = OpenRouter.layer.pipe(
  Layer.provide(RetryPolicy.none),
  Layer.provideMerge(Simulator.layer()),
  Layer.provide(NodeHttpClient.layerUndici)
)

const Body = Schema.Record({ key: Schema.String, value: Schema.Unknown })
const bodies = Effect.flatMap(Simulator.Simulator, (sim) => sim.requests).pipe(
  Effect.map((requests) => requests.map((r) => Schema.decodeUnknownSync(Body)(r.body)))
)

const inputsOf = (body: Record<string, unknown>) => Schema.decodeUnknownSync(Schema.Array(Schema.String))(body["input"])

/** The Simulator's vector for a text (deterministic), straight from its wire. */
const direct = (model: string, input: ReadonlyArray<string>, dimensions: number) =>
  Effect.flatMap(OpenRouter.OpenRouter, (c) => c.embeddings({ model, input: [...input], dimensions })).pipe(
    Effect.map((r) => r.data.map((d) => d.embedding))
  )

describe("OpenRouterEmbeddingModel", () => {
  it.live("layerBatched: embed calls in one forEach go out as one request; vectors match the client's", () =>
    Effect.gen(function*() {
      const model = yield* EmbeddingModel.EmbeddingModel
      const texts = ["Io", "Europa", "Ganymede"]
      const vectors = yield* Effect.forEach(texts, (t) => model.embed(t), { batching: true })
      assert.strictEqual(vectors.length, 3)
      assert.strictEqual(vectors[0]?.length, 8)
      const requests = yield* bodies
      assert.strictEqual(requests.length, 1)
      assert.deepStrictEqual(requests[0]?.["input"], texts)
      assert.strictEqual(requests[0]?.["dimensions"], 8)
      assert.strictEqual(requests[0]?.["model"], "sim/embed")
      assert.deepStrictEqual(vectors, yield* direct("sim/embed", texts, 8))
      const many = yield* model.embedMany(["Io", "Callisto"])
      assert.deepStrictEqual(many[0], vectors[0])
    }).pipe(
      Effect.provide(Ai.OpenRouterEmbeddingModel.layerBatched({ model: "sim/embed", config: { dimensions: 8 } })),
      Effect.provide(client)
    ))

  it.live("maxBatchSize splits a batch; base64 vectors decode to the same numbers; withConfigOverride", () =>
    Effect.gen(function*() {
      const model = yield* EmbeddingModel.EmbeddingModel
      const texts = ["a", "b", "c", "d", "e"]
      const vectors = yield* model.embedMany(texts).pipe(
        Ai.OpenRouterEmbeddingModel.withConfigOverride({ dimensions: 4 })
      )
      const requests = yield* bodies
      assert.deepStrictEqual(requests.map((r) => inputsOf(r).length), [2, 2, 1])
      assert.isTrue(requests.every((r) => r["encoding_format"] === "base64" && r["dimensions"] === 4))
      const floats = (yield* direct("sim/embed", texts, 4)).map((v) => (typeof v === "string" ? [] : v.map(Math.fround)))
      assert.deepStrictEqual(vectors, floats)
    }).pipe(
      Effect.provide(
        Ai.OpenRouterEmbeddingModel.layerBatched({
          model: "sim/embed",
          config: { maxBatchSize: 2, encoding_format: "base64", dimensions: 16 }
        })
      ),
      Effect.provide(client)
    ))

  it.live("layerDataLoader: calls within the window share one request", () =>
    Effect.gen(function*() {
      const model = yield* EmbeddingModel.EmbeddingModel
      const vectors = yield* Effect.all([model.embed("x"), model.embed("y")], { concurrency: "unbounded" })
      assert.strictEqual(vectors.length, 2)
      const requests = yield* bodies
      assert.strictEqual(requests.length, 1)
      assert.deepStrictEqual([...inputsOf(requests[0] ?? {})].sort(), ["x", "y"])
    }).pipe(
      Effect.provide(Ai.OpenRouterEmbeddingModel.layerDataLoader({ model: "sim/embed", config: { window: "20 millis" } })),
      Effect.provide(client)
    ))

  it.live("model(id, { mode }) as an @effect/ai Model; a typed failure is an AiError with the OpenRouterError as cause", () =>
    Effect.gen(function*() {
      const ok = yield* Effect.flatMap(EmbeddingModel.EmbeddingModel, (m) => m.embed("hi")).pipe(
        Effect.provide(Ai.OpenRouterEmbeddingModel.model("sim/embed", { mode: "batched", dimensions: 3 }))
      )
      assert.strictEqual(ok.length, 3)
      const error = yield* Effect.flatMap(EmbeddingModel.EmbeddingModel, (m) => m.embed("hi")).pipe(
        Effect.flip,
        Effect.provide(Ai.OpenRouterEmbeddingModel.model("sim/no-credits", { mode: "batched" }))
      )
      assert.isTrue(AiError.isAiError(error))
      assert.strictEqual(error._tag, "UnknownError")
      assert.strictEqual(Ai.openRouterError(error)?._tag, "InsufficientCreditsError")
    }).pipe(Effect.provide(client)))
})

const failedTags = (model: string) => ({
  "gen_ai.operation.name": "embeddings",
  "gen_ai.provider.name": "openrouter",
  "gen_ai.request.model": model,
  "error.type": "InsufficientCreditsError",
  unit: "s"
})

describe("embeddings telemetry", () => {
  it.live("an embeddings call records gen_ai.client.operation.duration and input token usage (operation embeddings)", () => {
    const tracer = makeTracer()
    return Effect.gen(function*() {
      // a model id of its own: metrics are process-wide (sim/* ids are priced like sim/embed)
      const model = "sim/embed-telemetry"
      const response = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        c.embeddings({ model, input: ["Io is volcanic", "Europa has an ocean"] }))
      const promptTokens = response.usage?.prompt_tokens ?? 0
      assert.isAbove(promptTokens, 0)
      const base = {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.provider.name": "openrouter",
        "gen_ai.request.model": model,
        "gen_ai.response.model": model
      }
      const hist = (m: Metric.Metric.Histogram<number>, tags: Record<string, string>) =>
        Metric.value(Telemetry.tagHistogram(m, { ...base, ...tags }))
      const duration = yield* hist(Telemetry.genAiMetrics.operationDuration, { unit: "s" })
      assert.strictEqual(duration.count, 1)
      assert.isAbove(duration.sum, 0)
      assert.isBelow(duration.sum, 5)
      const input = yield* hist(Telemetry.genAiMetrics.tokenUsage, { "gen_ai.token.type": "input", unit: "{token}" })
      assert.deepStrictEqual([input.count, input.sum], [1, promptTokens])
      const output = yield* hist(Telemetry.genAiMetrics.tokenUsage, { "gen_ai.token.type": "output", unit: "{token}" })
      assert.strictEqual(output.count, 0)

      // the call's span gets the response attributes (no output tokens)
      const span = tracer.spans.find((s) => s.name === `embeddings ${model}`)
      assert.isDefined(span)
      assert.strictEqual(span?.attributes.get("gen_ai.operation.name"), "embeddings")
      assert.strictEqual(span?.attributes.get("gen_ai.usage.input_tokens"), promptTokens)
      assert.isUndefined(span?.attributes.get("gen_ai.usage.output_tokens"))
      assert.strictEqual(span?.attributes.get("gen_ai.response.model"), model)

      // a failure: error.type on the duration series
      const failing = "sim/no-credits"
      const before = yield* Metric.value(
        Telemetry.tagHistogram(Telemetry.genAiMetrics.operationDuration, failedTags(failing))
      )
      yield* Effect.flip(Effect.flatMap(OpenRouter.OpenRouter, (c) => c.embeddings({ model: failing, input: "x" })))
      const failed = yield* Metric.value(
        Telemetry.tagHistogram(Telemetry.genAiMetrics.operationDuration, failedTags(failing))
      )
      assert.strictEqual(failed.count - before.count, 1)
    }).pipe(Effect.provide(client), Effect.withTracer(tracer.tracer))
  })
})
