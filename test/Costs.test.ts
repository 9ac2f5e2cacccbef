/**
 * Meter, budget and registry checks through the `OpenRouter` pipeline.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Fiber, Layer, Option, Ref, Stream, TestClock } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as Fallback from "../src/Fallback.js"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import { usdToMicros } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"
import { meterMix, usageChunks } from "./meterMix.js"
import { makeTracer } from "./tracer.js"

const model = (id: string, prompt: string, completion: string, context = 100_000): Model =>
  ({
    id,
    name: id,
    created: 1,
    context_length: context,
    pricing: { prompt, completion },
    supported_parameters: ["max_tokens", "temperature", "tools"],
    architecture: { input_modalities: ["text"], output_modalities: ["text"] },
    top_provider: { context_length: context, max_completion_tokens: 4096 }
  }) as unknown as Model

const catalogue = [model("a/model", "0.000001", "0.000002"), model("b/model", "0.000001", "0.000002"), model("tiny/ctx", "0.000001", "0.000002", 50)]

const chunks = usageChunks

const layerWith = <ROut = never>(
  responses: OpenRouterTest.Responses,
  extra: Layer.Layer<ROut> = Layer.empty as Layer.Layer<never> as Layer.Layer<ROut>,
  retry: Layer.Layer<RetryPolicy.RetryPolicy> = RetryPolicy.layer({ schedule: RetryPolicy.backoff({ jitter: false }) })
) => {
  const base = Layer.mergeAll(CostMeter.layer, ModelRegistry.layerStatic(catalogue))
  return OpenRouter.layer.pipe(
    Layer.provideMerge(Layer.mergeAll(extra, retry)),
    Layer.provideMerge(base),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
  )
}

const req = (m = "a/model") => ({ model: m, messages: userMessage(), max_tokens: 100 })

describe("CostMeter through the pipeline", () => {
  // Correctness at 50 concurrent calls; the same mix at 1,000 is a benchmark (`npm run bench:scale`).
  it.effect("50 concurrent requests (successes, retries, fallbacks, interrupted streams): totals are exact", () =>
    Effect.gen(function*() {
      // the mix of test/meterMix.ts: retries, fallbacks, streams cut after content, unpriced replies
      const N = 50
      const { expected, responses } = meterMix(N)
      // every kind of outcome is in the mix
      assert.isTrue(expected.retries > 0 && expected.fallbacks > 0 && expected.interrupted > 0 && expected.estimated > 0)
      const snapshot = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const fiber = yield* Effect.fork(Effect.all(
          Array.from({ length: N }, (_, i) => Effect.either(c.chat({ model: "a/model", messages: [{ role: "user", content: String(i) }], max_tokens: 10 }))),
          { concurrency: 50 }
        ))
        // advance the TestClock (retry backoffs) until every call has ended
        for (let k = 0; k < 100 && Option.isNone(yield* Fiber.poll(fiber)); k++) yield* TestClock.adjust("500 millis")
        const results = yield* Fiber.join(fiber)
        assert.strictEqual(results.filter(Either.isLeft).length, expected.interrupted)
        return yield* CostMeter.snapshot
      }).pipe(Effect.provide(layerWith(responses, Fallback.layer({ models: ["b/model"] }))))
      assert.strictEqual(snapshot.requests, expected.requests)
      assert.strictEqual(snapshot.costPicos, expected.costPicos)
      assert.strictEqual(snapshot.retries, expected.retries + expected.fallbacks * 2)
      assert.strictEqual(snapshot.fallbacks, expected.fallbacks)
      assert.strictEqual(snapshot.estimatedRequests, expected.estimated)
      assert.strictEqual(snapshot.interrupted, expected.interrupted)
      assert.isAbove(snapshot.estimatedCostMicros, 0)
    }))

  it.effect("a consumer that stops reading records the call once as interrupted", () =>
    Effect.gen(function*() {
      const snapshot = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        yield* c.chatStream(req()).pipe(Stream.take(1), Stream.runDrain)
        return yield* CostMeter.snapshot
      }).pipe(Effect.provide(layerWith([OpenRouterTest.sse(chunks("a/model", 0.001))])))
      assert.strictEqual(snapshot.requests, 1)
      assert.strictEqual(snapshot.interrupted, 1)
    }))
})

describe("reconciliation and embeddings", () => {
  it.effect("a dropped stream with no usage is reconciled through /generation (404 twice, then found)", () =>
    Effect.gen(function*() {
      let lookups = 0
      const responses: OpenRouterTest.Responses = (r) => {
        if (r.path === "/generation") {
          lookups++
          return lookups <= 2
            ? OpenRouterTest.error(404, "Generation not found")
            : OpenRouterTest.json({ data: { id: "gen-drop", total_cost: 0.0042, tokens_prompt: 10, tokens_completion: 7 } })
        }
        const [first] = chunks("a/model", undefined, "partial", "gen-drop")
        return OpenRouterTest.sse([first], { done: false })
      }
      const snapshot = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* Effect.either(c.chat(req()))
        assert.isTrue(Either.isLeft(result) && result.left._tag === "StreamInterrupted")
        const before = yield* CostMeter.snapshot
        assert.strictEqual(before.unknownCostRequests + before.estimatedRequests, 1)
        for (let i = 0; i < 20; i++) yield* TestClock.adjust("1 second")
        return yield* CostMeter.snapshot
      }).pipe(Effect.provide(layerWith(responses, OpenRouter.layerReconcileCosts())))
      assert.strictEqual(lookups, 3)
      assert.strictEqual(snapshot.reconciledRequests, 1)
      assert.strictEqual(snapshot.costMicros, 4200)
    }))

  it.effect("embeddings are metered", () =>
    Effect.gen(function*() {
      const snapshot = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const out = yield* c.embeddings({ model: "a/model", input: ["a", "b"] })
        assert.strictEqual(out.data.length, 2)
        return yield* CostMeter.snapshot
      }).pipe(Effect.provide(layerWith([OpenRouterTest.json({
        id: "gen-emb",
        object: "list",
        model: "a/model",
        data: [{ object: "embedding", embedding: [0.1, 0.2], index: 0 }, { object: "embedding", embedding: [0.3, 0.4], index: 1 }],
        usage: { prompt_tokens: 4, total_tokens: 4, cost: 0.000002 }
      })])))
      assert.strictEqual(snapshot.requests, 1)
      assert.strictEqual(snapshot.costMicros, 2)
      assert.strictEqual(snapshot.tokens.prompt, 4)
    }))
})

describe("Budget through the pipeline", () => {
  it.effect("a limit that admits exactly N of 100 concurrent calls never overshoots", () =>
    Effect.gen(function*() {
      // estimate per call: prompt tokens (small) * 1e-6 + 100 * 2e-6 ≈ 0.0002 USD; actual cost 0.0002
      const sent = yield* Ref.make(0)
      const responses: OpenRouterTest.Responses = (_r, i) =>
        Effect.as(Ref.update(sent, (n) => n + 1), OpenRouterTest.sse(chunks("a/model", 0.0002, "ok", `gen-${i}`)))
      const result = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const registry = yield* ModelRegistry.ModelRegistry
        const estimate = yield* registry.estimateCost(req(), { model: "a/model" })
        const results = yield* Effect.all(Array.from({ length: 100 }, () => Effect.either(c.chat(req()))), { concurrency: "unbounded" })
        const budget = yield* Budget.Budget
        return { results, estimate, snap: yield* budget.snapshot }
      }).pipe(Effect.provide(layerWith(responses, Budget.layer({ limitUsd: 0.01 }))))
      const estimate = result.estimate.micros ?? 0
      const admittable = Math.floor(usdToMicros(0.01) / estimate)
      const ok = result.results.filter(Either.isRight).length
      const refused = result.results.filter((r) => Either.isLeft(r) && r.left._tag === "BudgetExceededError").length
      assert.isAbove(ok, 0)
      assert.strictEqual(ok + refused, 100)
      assert.isAbove(refused, 0)
      assert.isAtMost(ok, admittable + 0)
      assert.strictEqual(yield* Ref.get(sent), ok)
      assert.isAtMost(result.snap.spentMicros + result.snap.reservedMicros, usdToMicros(0.01))
    }))

  it.effect("a refusal sends nothing and is not retried or fallen back from", () =>
    Effect.gen(function*() {
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* Effect.either(c.chat(req()))
        return { result, sent: yield* OpenRouterTest.requests }
      }).pipe(Effect.provide(layerWith([OpenRouterTest.sse(chunks("a/model", 0.001))], Budget.layer({ limitUsd: 0.00001 }))))
      assert.isTrue(Either.isLeft(result) && result.left._tag === "BudgetExceededError")
      assert.strictEqual(sent.length, 0)
    }))

  it.effect("an unpriced model is refused unless allowUnpriced", () =>
    Effect.gen(function*() {
      const run = (allowUnpriced: boolean) =>
        Effect.gen(function*() {
          const c = yield* OpenRouter.OpenRouter
          return yield* Effect.either(c.chat(req("unknown/model")))
        }).pipe(Effect.provide(layerWith([OpenRouterTest.sse(chunks("unknown/model", 0.001))], Budget.layer({ limitUsd: 1, allowUnpriced }))))
      const refused = yield* run(false)
      assert.isTrue(Either.isLeft(refused) && refused.left._tag === "BudgetExceededError" && refused.left.unpriced === true)
      assert.isTrue(Either.isRight(yield* run(true)))
    }))
})

describe("registry pre-send checks (zero requests)", () => {
  it.effect("with a contextLength fallback, a model that cannot take the prompt is skipped without a request", () =>
    Effect.gen(function*() {
      const long = { model: "tiny/ctx", messages: userMessage("x ".repeat(200)), max_tokens: 40 }
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* c.chat(long, { fallback: { contextLength: ["b/model"] } })
        return { result, sent: yield* OpenRouterTest.requests }
      }).pipe(Effect.provide(layerWith([OpenRouterTest.sse(chunks("b/model", 0.001))], OpenRouter.layerPreChecks())))
      assert.strictEqual(result.meta.servedModel, "b/model")
      assert.deepStrictEqual(sent.map((r) => (r.body as { model: string }).model), ["b/model"])
    }))

  const cases: ReadonlyArray<readonly [string, Record<string, unknown>, string]> = [
    ["unknown model", { model: "nope/model", messages: userMessage(), max_tokens: 10 }, "ModelNotFoundError"],
    ["context overflow", { model: "tiny/ctx", messages: userMessage("x ".repeat(200)), max_tokens: 40 }, "ContextLengthError"],
    ["unsupported parameter", { model: "a/model", messages: userMessage(), max_tokens: 10, top_k: 3 }, "InvalidRequestError"]
  ]
  for (const [name, request, tag] of cases) {
    it.effect(name, () =>
      Effect.gen(function*() {
        const { result, sent } = yield* Effect.gen(function*() {
          const c = yield* OpenRouter.OpenRouter
          const result = yield* Effect.either(c.chat(request as unknown as OpenRouter.ChatRequestInput))
          return { result, sent: yield* OpenRouterTest.requests }
        }).pipe(Effect.provide(layerWith([OpenRouterTest.sse(chunks("a/model", 0.001))], OpenRouter.layerPreChecks())))
        assert.isTrue(Either.isLeft(result))
        if (Either.isLeft(result)) assert.strictEqual(result.left._tag, tag)
        assert.strictEqual(sent.length, 0)
      }))
  }
})

describe("telemetry through the pipeline", () => {
  it.effect("a request span and an attempt span per attempt, GenAI attributes, no key or content", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const fiber = yield* Effect.fork(c.chat({ model: "a/model", messages: userMessage("a very private question"), max_tokens: 10 }))
        yield* TestClock.adjust("1 second")
        yield* Fiber.join(fiber)
      }).pipe(
        Effect.provide(layerWith([OpenRouterTest.error(503, "busy"), OpenRouterTest.sse(chunks("a/model", 0.001, "private answer", "gen-t"))])),
        Effect.withTracer(tracer)
      )
      const request = spans.find((s) => s.name === "chat a/model")
      const attempts = spans.filter((s) => s.name === "openrouter.attempt")
      assert.isDefined(request)
      assert.strictEqual(attempts.length, 2)
      assert.strictEqual(request?.attributes.get("gen_ai.system"), "openrouter")
      assert.strictEqual(request?.attributes.get("gen_ai.request.model"), "a/model")
      const dump = JSON.stringify(spans.map((s) => [s.name, [...s.attributes]]))
      assert.notInclude(dump, "private")
      assert.notInclude(dump, OpenRouterTest.API_KEY)
    }))
})
