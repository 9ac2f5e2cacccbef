/**
 * Embeddings go through the same pipeline as chat (issue 10, item 11): retry, circuit breaker,
 * budget, spans, and the meter as before.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Fiber, Layer, Schedule, TestClock } from "effect"
import * as Budget from "../src/Budget.js"
import * as Bulkhead from "../src/Bulkhead.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as CostMeter from "../src/CostMeter.js"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { makeTracer } from "./tracer.js"

/** $10 per million input tokens: 10^7 pico-USD per token. */
const embedModel = {
  id: "e/embed",
  name: "e/embed",
  created: 1,
  context_length: 8192,
  pricing: { prompt: "0.00001", completion: "0" },
  architecture: { input_modalities: ["text"], output_modalities: ["embeddings"] }
} as unknown as Model

const vectors = (cost: number | undefined = 0.000002) =>
  OpenRouterTest.json({
    id: "gen-emb",
    object: "list",
    model: "e/embed",
    data: [{ object: "embedding", embedding: [0.1, 0.2], index: 0 }],
    usage: { prompt_tokens: 4, total_tokens: 4, ...(cost !== undefined ? { cost } : {}) }
  })

const layerWith = <ROut = never>(
  responses: OpenRouterTest.Responses,
  extra: Layer.Layer<ROut> = Layer.empty as Layer.Layer<never> as Layer.Layer<ROut>,
  retry: Layer.Layer<RetryPolicy.RetryPolicy> = RetryPolicy.layer({ schedule: Schedule.spaced("100 millis") })
) =>
  OpenRouter.layer.pipe(
    Layer.provideMerge(Layer.mergeAll(extra, retry)),
    Layer.provideMerge(Layer.mergeAll(CostMeter.layer, ModelRegistry.layerStatic([embedModel]))),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
  )

const request = { model: "e/embed", input: "hello world" }

describe("embeddings through the pipeline", () => {
  it.effect("a 429 then success on embeddings is retried", () =>
    Effect.gen(function*() {
      const { out, sent, snapshot } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const fiber = yield* Effect.fork(c.embeddings(request))
        yield* TestClock.adjust("1 second")
        const out = yield* Fiber.join(fiber)
        return { out, sent: (yield* OpenRouterTest.requests).length, snapshot: yield* CostMeter.snapshot }
      }).pipe(Effect.provide(layerWith([OpenRouterTest.error(429, "slow down"), vectors()])))
      assert.strictEqual(out.data.length, 1)
      assert.strictEqual(sent, 2)
      // Metered once, as before, now with the attempt count.
      assert.strictEqual(snapshot.requests, 1)
      assert.strictEqual(snapshot.costMicros, 2)
      assert.strictEqual(snapshot.tokens.prompt, 4)
    }))

  it.effect("an open breaker rejects embeddings without a request", () =>
    Effect.gen(function*() {
      const { second, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const first = yield* Effect.either(c.embeddings(request))
        assert.isTrue(Either.isLeft(first) && first.left._tag === "ProviderError")
        const second = yield* Effect.either(c.embeddings(request))
        return { second, sent: (yield* OpenRouterTest.requests).length }
      }).pipe(
        Effect.provide(
          layerWith(
            [OpenRouterTest.error(500, "down"), vectors()],
            CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(1) }),
            RetryPolicy.none
          )
        )
      )
      assert.isTrue(Either.isLeft(second) && second.left._tag === "CircuitOpenError")
      assert.strictEqual(sent, 1)
    }))

  it.effect("a budget refuses embeddings priced over the limit, with nothing sent", () =>
    Effect.gen(function*() {
      // "hello world": 11 Latin characters / 3.6 → 4 tokens; 4 × 10^7 pico-USD = 40 micro-USD.
      assert.strictEqual(ModelRegistry.estimateEmbeddingsCostFor(embedModel, "hello world").micros, 40)
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* Effect.either(c.embeddings(request))
        return { result, sent: (yield* OpenRouterTest.requests).length }
      }).pipe(Effect.provide(layerWith([vectors()], Budget.layer({ limitUsd: "0.00003" }))))
      assert.isTrue(Either.isLeft(result))
      if (Either.isRight(result)) return
      assert.strictEqual(result.left._tag, "BudgetExceededError")
      assert.strictEqual(result.left._tag === "BudgetExceededError" ? result.left.estimateMicros : undefined, 40)
      assert.strictEqual(sent, 0)
    }))

  it.effect("a budget that admits embeddings settles them at usage.cost", () =>
    Effect.gen(function*() {
      const snap = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        yield* c.embeddings(request)
        return yield* (yield* Budget.Budget).snapshot
      }).pipe(Effect.provide(layerWith([vectors(0.000002)], Budget.layer({ limitUsd: "0.00005" }))))
      assert.strictEqual(snap.spentMicros, 2)
      assert.strictEqual(snap.reservedMicros, 0)
    }))

  it.effect("a full bulkhead rejects embeddings", () =>
    Effect.gen(function*() {
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        // The first call holds the only permit (its headers never come).
        const first = yield* Effect.fork(c.embeddings(request))
        yield* TestClock.adjust("10 millis")
        const result = yield* Effect.either(c.embeddings(request))
        const sent = (yield* OpenRouterTest.requests).length
        yield* Fiber.interrupt(first)
        return { result, sent }
      }).pipe(
        Effect.provide(
          layerWith((_r, i) => (i === 0 ? OpenRouterTest.noHeaders : vectors()), Bulkhead.layer({ maxConcurrent: 1, maxQueue: 0 }))
        )
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "BulkheadFullError")
      assert.strictEqual(sent, 1)
    }))

  it.effect("embeddings get a request span and an attempt span per attempt", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const fiber = yield* Effect.fork(c.embeddings(request))
        yield* TestClock.adjust("1 second")
        yield* Fiber.join(fiber)
      }).pipe(
        Effect.provide(layerWith([OpenRouterTest.error(503, "busy"), vectors()])),
        Effect.withTracer(tracer)
      )
      const span = spans.find((s) => s.name === "embeddings e/embed")
      assert.isDefined(span)
      assert.strictEqual(span?.attributes.get("gen_ai.operation.name"), "embeddings")
      assert.strictEqual(spans.filter((s) => s.name === "openrouter.attempt").length, 2)
    }))
})
