import { assert, describe, it } from "@effect/vitest"
import { Effect, Metric, Option, Schema } from "effect"
import * as Telemetry from "../src/Telemetry.js"
import { Usage } from "../src/Usage.js"

import { makeTracer, type TestSpan } from "./tracer.js"

const KEY = "sk-or-v1-0123456789abcdef0123456789abcdef"
const SECRET_CONTENT = "my secret merger plan"
const ANSWER = "the confidential answer"

const usage = Schema.decodeUnknownSync(Usage)({
  prompt_tokens: 120,
  completion_tokens: 30,
  total_tokens: 150,
  cost: 0.00042,
  prompt_tokens_details: { cached_tokens: 20 },
  completion_tokens_details: { reasoning_tokens: 5 }
})

/** A pipeline-shaped call: request span → two attempt spans → result. */
const call = (model: string) =>
  Effect.gen(function*() {
    yield* Effect.void.pipe(Telemetry.attemptSpan({ model, attempt: 1 }))
    yield* Effect.void.pipe(Telemetry.attemptSpan({ model, attempt: 2, provider: "OpenAI" }))
    yield* Telemetry.recordResult({
      requestedModel: model,
      responseModel: model,
      responseId: "gen-123",
      provider: "OpenAI",
      outcome: "success",
      usage,
      finishReasons: ["stop"],
      durationMs: 1234,
      timeToFirstTokenMs: 321,
      retries: 1,
      output: ANSWER
    })
  }).pipe(
    Telemetry.requestSpan({
      model,
      stream: true,
      maxTokens: 256,
      temperature: 0.2,
      messages: [{ role: "system", content: `use key ${KEY}` }, { role: "user", content: SECRET_CONTENT }]
    })
  )

const allValues = (spans: ReadonlyArray<TestSpan>) =>
  spans.flatMap((s) => [...s.attributes.values()].map((v) => (typeof v === "string" ? v : JSON.stringify(v))))

describe("Telemetry", () => {
  it.effect("request and attempt spans carry the GenAI attributes", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.withTracer(call("openai/gpt-4o"), tracer)
      const request = spans.find((s) => s.name === "chat openai/gpt-4o")
      const attempts = spans.filter((s) => s.name === "openrouter.attempt")
      assert.isDefined(request)
      if (request === undefined) return
      assert.strictEqual(attempts.length, 2)
      assert.strictEqual(request.kind, "client")
      for (const a of attempts) {
        assert.isTrue(Option.isSome(a.parent) && a.parent.value.spanId === request.spanId)
        assert.strictEqual(a.status._tag, "Ended")
      }
      assert.deepStrictEqual(attempts.map((a) => a.attributes.get("openrouter.attempt")), [1, 2])
      assert.strictEqual(attempts[1]?.attributes.get("openrouter.provider"), "OpenAI")
      const attrs = request.attributes
      assert.strictEqual(attrs.get("gen_ai.system"), "openrouter")
      assert.strictEqual(attrs.get("gen_ai.operation.name"), "chat")
      assert.strictEqual(attrs.get("gen_ai.request.model"), "openai/gpt-4o")
      assert.strictEqual(attrs.get("gen_ai.request.max_tokens"), 256)
      assert.strictEqual(attrs.get("gen_ai.request.temperature"), 0.2)
      assert.strictEqual(attrs.get("openrouter.stream"), true)
      assert.strictEqual(attrs.get("gen_ai.response.model"), "openai/gpt-4o")
      assert.strictEqual(attrs.get("gen_ai.response.id"), "gen-123")
      assert.strictEqual(attrs.get("gen_ai.usage.input_tokens"), 120)
      assert.strictEqual(attrs.get("gen_ai.usage.output_tokens"), 30)
      assert.strictEqual(attrs.get("openrouter.usage.cached_tokens"), 20)
      assert.strictEqual(attrs.get("openrouter.usage.reasoning_tokens"), 5)
      assert.deepStrictEqual(attrs.get("gen_ai.response.finish_reasons"), ["stop"])
      assert.strictEqual(attrs.get("openrouter.cost_usd"), 0.00042)
      assert.strictEqual(attrs.get("openrouter.provider"), "OpenAI")
      assert.strictEqual(attrs.get("openrouter.retries"), 1)
      assert.strictEqual(attrs.get("openrouter.outcome"), "success")
      assert.strictEqual(request.status._tag, "Ended")
    }))

  it.effect("no API key and no content in spans by default", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.withTracer(call("openai/gpt-4o"), tracer)
      const request = spans.find((s) => s.name === "chat openai/gpt-4o")
      assert.isFalse(request?.attributes.has("gen_ai.input.messages"))
      assert.isFalse(request?.attributes.has("gen_ai.output.messages"))
      for (const value of allValues(spans)) {
        assert.notInclude(value, KEY)
        assert.notInclude(value, SECRET_CONTENT)
        assert.notInclude(value, ANSWER)
      }
    }))

  it.effect("content is recorded with captureContent: true — the key still is not", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.withTracer(call("openai/gpt-4o"), tracer).pipe(Effect.provide(Telemetry.layer({ captureContent: true })))
      const request = spans.find((s) => s.name === "chat openai/gpt-4o")
      const input = request?.attributes.get("gen_ai.input.messages")
      const output = request?.attributes.get("gen_ai.output.messages")
      assert.isString(input)
      assert.isString(output)
      assert.include(String(input), SECRET_CONTENT)
      assert.include(String(output), ANSWER)
      for (const value of allValues(spans)) assert.notInclude(value, KEY)

      // the per-call override switches it back off
      const off = makeTracer()
      yield* Effect.withTracer(call("openai/gpt-4o"), off.tracer).pipe(
        Telemetry.withCaptureContent(false),
        Effect.provide(Telemetry.layer({ captureContent: true }))
      )
      assert.isFalse(off.spans.some((s) => s.attributes.has("gen_ai.input.messages")))
    }))

  it.effect("metrics: tokens by direction, cost, requests, latency, TTFT, retries, rejections, breaker", () =>
    Effect.gen(function*() {
      const model = "test/telemetry-metrics"
      const tag = { "gen_ai.request.model": model }
      yield* call(model)
      yield* Telemetry.recordResult({
        requestedModel: model,
        outcome: "error",
        errorTag: "ProviderError",
        usage: undefined,
        estimatedCostMicros: 7
      })
      yield* Telemetry.recordRejection("CircuitOpenError", model)
      yield* Telemetry.recordBreakerTransition(model, "closed", "open")

      const counter = (m: Metric.Metric.Counter<number>, extra: Record<string, string> = {}) =>
        Effect.map(Metric.value(Telemetry.tagCounter(m, { ...tag, ...extra })), (s) => s.count)
      assert.strictEqual(yield* counter(Telemetry.metrics.tokens, { "gen_ai.token.type": "input" }), 120)
      assert.strictEqual(yield* counter(Telemetry.metrics.tokens, { "gen_ai.token.type": "output" }), 30)
      assert.strictEqual(yield* counter(Telemetry.metrics.costMicros), 420 + 7)
      assert.strictEqual(yield* counter(Telemetry.metrics.requests, { "openrouter.outcome": "success" }), 1)
      assert.strictEqual(yield* counter(Telemetry.metrics.requests, { "openrouter.outcome": "error" }), 1)
      assert.strictEqual(yield* counter(Telemetry.metrics.retries), 1)
      assert.strictEqual(yield* counter(Telemetry.metrics.rejections, { "openrouter.rejection": "CircuitOpenError" }), 1)
      const duration = yield* Metric.value(Telemetry.tagHistogram(Telemetry.metrics.requestDuration, tag))
      assert.strictEqual(duration.count, 1)
      assert.strictEqual(duration.sum, 1234)
      const ttft = yield* Metric.value(Telemetry.tagHistogram(Telemetry.metrics.timeToFirstToken, tag))
      assert.strictEqual(ttft.count, 1)
      assert.strictEqual(ttft.sum, 321)
      const breaker = yield* Metric.value(
        Telemetry.tagCounter(Telemetry.metrics.breakerTransitions, {
          "openrouter.breaker.key": model,
          "openrouter.breaker.from": "closed",
          "openrouter.breaker.to": "open"
        })
      )
      assert.strictEqual(breaker.count, 1)

      // no metric label anywhere holds the key or message content
      const pairs = yield* Metric.snapshot
      for (const pair of pairs) {
        for (const label of pair.metricKey.tags) {
          assert.notInclude(label.value, KEY)
          assert.notInclude(label.value, SECRET_CONTENT)
          assert.notInclude(label.value, ANSWER)
        }
      }
    }))

  it.effect("secrets in model names or keys are scrubbed from labels and attributes", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.withTracer(Effect.void.pipe(Telemetry.requestSpan({ model: `bad/${KEY}` })), tracer)
      for (const value of allValues(spans)) assert.notInclude(value, KEY)
      for (const span of spans) assert.notInclude(span.name, KEY)
      yield* Telemetry.recordBreakerTransition(KEY, "open", "half-open")
      const pairs = yield* Metric.snapshot
      assert.isFalse(pairs.some((p) => p.metricKey.tags.some((t) => t.value.includes(KEY))))
      assert.deepStrictEqual(Telemetry.make(), { captureContent: false })
      assert.strictEqual(Telemetry.costMicrosOf(usage), 420)
    }))
})
