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

  it.effect("metrics: false updates no metric — results, rejections, breaker transitions — and keeps the spans", () =>
    Effect.gen(function*() {
      const model = "test/telemetry-metrics-off"
      const tag = { "gen_ai.request.model": model }
      const tracer = makeTracer()
      yield* call(model).pipe(Effect.withTracer(tracer.tracer), Effect.provide(Telemetry.layer({ metrics: false })))
      yield* Telemetry.recordRejection("CircuitOpenError", model).pipe(Effect.provide(Telemetry.layer({ metrics: false })))
      yield* Telemetry.recordBreakerTransition(model, "closed", "open").pipe(
        Telemetry.withCaptureContent(true), // keeps the other settings
        Effect.provide(Telemetry.layer({ metrics: false }))
      )
      const count = (m: Metric.Metric.Counter<number>, extra: Record<string, string> = {}) =>
        Effect.map(Metric.value(Telemetry.tagCounter(m, { ...tag, ...extra })), (s) => s.count)
      assert.strictEqual(yield* count(Telemetry.metrics.requests, { "openrouter.outcome": "success" }), 0)
      assert.strictEqual(yield* count(Telemetry.metrics.tokens, { "gen_ai.token.type": "input" }), 0)
      assert.strictEqual(yield* count(Telemetry.metrics.rejections, { "openrouter.rejection": "CircuitOpenError" }), 0)
      const breaker = yield* Metric.value(Telemetry.tagCounter(Telemetry.metrics.breakerTransitions, {
        "openrouter.breaker.key": model,
        "openrouter.breaker.from": "closed",
        "openrouter.breaker.to": "open"
      }))
      assert.strictEqual(breaker.count, 0)
      const request = tracer.spans.find((s) => s.name === `chat ${model}`)
      assert.strictEqual(request?.attributes.get("gen_ai.usage.input_tokens"), 120)
      // the default is on
      yield* Telemetry.recordRejection("CircuitOpenError", model)
      assert.strictEqual(yield* count(Telemetry.metrics.rejections, { "openrouter.rejection": "CircuitOpenError" }), 1)
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
      assert.deepStrictEqual(Telemetry.make(), { captureContent: false, metrics: true })
      assert.strictEqual(Telemetry.costMicrosOf(usage), 420)
    }))
})

describe("Telemetry: GenAI conventions", () => {
  it.effect("request parameters come from the body; explicit fields win; content in the conventions' message shape", () =>
    Effect.gen(function*() {
      const body = {
        model: "m/x",
        messages: [
          { role: "system", content: "be brief" },
          { role: "user", content: [{ type: "text", text: SECRET_CONTENT }, { type: "image_url", image_url: { url: "data:" } }] },
          { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] },
          { role: "tool", tool_call_id: "c1", content: "42" }
        ],
        max_completion_tokens: 99,
        temperature: 0.5,
        top_p: 0.8,
        top_k: 40,
        frequency_penalty: 0.1,
        presence_penalty: 0.2,
        stop: "END",
        seed: 7,
        n: 2,
        models: ["m/y"]
      }
      const off = Telemetry.requestAttributes({ model: "m/x", temperature: 0.9, request: body }, Telemetry.make())
      assert.strictEqual(off["gen_ai.request.max_tokens"], 99)
      assert.strictEqual(off["gen_ai.request.temperature"], 0.9)
      assert.strictEqual(off["gen_ai.request.top_p"], 0.8)
      assert.strictEqual(off["gen_ai.request.top_k"], 40)
      assert.strictEqual(off["gen_ai.request.frequency_penalty"], 0.1)
      assert.strictEqual(off["gen_ai.request.presence_penalty"], 0.2)
      assert.deepStrictEqual(off["gen_ai.request.stop_sequences"], ["END"])
      assert.strictEqual(off["gen_ai.request.seed"], 7)
      assert.strictEqual(off["gen_ai.request.choice.count"], 2)
      assert.deepStrictEqual(off["openrouter.fallback_models"], ["m/y"])
      assert.isUndefined(off["gen_ai.input.messages"])
      const on = Telemetry.requestAttributes({ model: "m/x", request: body }, Telemetry.make({ captureContent: true }))
      const messages = JSON.parse(String(on["gen_ai.input.messages"])) as ReadonlyArray<{ readonly role: string; readonly parts: ReadonlyArray<Record<string, unknown>> }>
      assert.deepStrictEqual(messages.map((m) => m.role), ["system", "user", "assistant", "tool"])
      assert.deepStrictEqual(messages[0]?.parts, [{ type: "text", content: "be brief" }])
      assert.deepStrictEqual(messages[1]?.parts[0], { type: "text", content: SECRET_CONTENT })
      assert.strictEqual(messages[1]?.parts[1]?.["type"], "image_url")
      assert.deepStrictEqual(messages[2]?.parts, [{ type: "tool_call", id: "c1", name: "f", arguments: "{}" }])
      assert.deepStrictEqual(messages[3]?.parts, [{ type: "tool_call_response", id: "c1", response: "42" }])
    }))

  it.effect("GenAI metrics: seconds, tokens by type, TTFC only for streams, error.type on failures", () =>
    Effect.gen(function*() {
      const model = "test/genai-metrics"
      yield* Telemetry.recordResult({
        requestedModel: model,
        responseModel: "test/served",
        outcome: "success",
        usage,
        durationMs: 1500,
        timeToFirstTokenMs: 250
      })
      yield* Telemetry.recordResult({ requestedModel: model, outcome: "error", errorTag: "ProviderError", durationMs: 40 })
      yield* Telemetry.recordResult({ requestedModel: model, outcome: "error", durationMs: 10 })
      const base = { "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openrouter", "gen_ai.request.model": model }
      const hist = (m: Metric.Metric.Histogram<number>, tags: Record<string, string>) =>
        Metric.value(Telemetry.tagHistogram(m, { ...base, ...tags }))
      const ok = yield* hist(Telemetry.genAiMetrics.operationDuration, { "gen_ai.response.model": "test/served", unit: "s" })
      assert.deepStrictEqual([ok.count, ok.sum], [1, 1.5])
      const failed = yield* hist(Telemetry.genAiMetrics.operationDuration, { "error.type": "ProviderError", unit: "s" })
      assert.deepStrictEqual([failed.count, failed.sum], [1, 0.04])
      const other = yield* hist(Telemetry.genAiMetrics.operationDuration, { "error.type": "_OTHER", unit: "s" })
      assert.strictEqual(other.count, 1)
      // (Effect metric keys are label-order sensitive: the order recordResult uses)
      const tokens = (type: string) => ({ "gen_ai.response.model": "test/served", "gen_ai.token.type": type, unit: "{token}" })
      const input = yield* hist(Telemetry.genAiMetrics.tokenUsage, tokens("input"))
      const output = yield* hist(Telemetry.genAiMetrics.tokenUsage, tokens("output"))
      assert.deepStrictEqual([input.sum, output.sum], [120, 30])
      const ttfc = yield* hist(Telemetry.genAiMetrics.timeToFirstChunk, { "gen_ai.response.model": "test/served", unit: "s" })
      assert.deepStrictEqual([ttfc.count, ttfc.sum], [1, 0.25])
      // bucket boundaries are the conventions' (plus +Inf)
      assert.deepStrictEqual(ok.buckets.map(([b]) => b).slice(0, -1), [...Telemetry.genAiBuckets.operationDuration])
    }))

  it.effect("recordResult outside a request span leaves the caller's span alone; attempts carry error.type and fallback", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      yield* Effect.withTracer(
        Effect.gen(function*() {
          yield* Telemetry.recordResult({ requestedModel: "m/x", responseModel: "m/x", outcome: "success", usage })
          yield* Effect.gen(function*() {
            yield* Effect.exit(Effect.fail({ _tag: "ProviderError" }).pipe(Telemetry.attemptSpan({ model: "m/x", attempt: 1 })))
            yield* Effect.exit(Effect.fail("boom").pipe(Telemetry.attemptSpan({ model: "m/y", attempt: 2 })))
            yield* Telemetry.recordResult({
              requestedModel: "m/x",
              responseModel: "m/y",
              outcome: "success",
              completion: { text: ANSWER, toolCalls: [], finishReason: "stop" }
            })
          }).pipe(Telemetry.requestSpan({ model: "m/x" }))
        }).pipe(Effect.withSpan("caller")),
        tracer
      )
      const caller = spans.find((s) => s.name === "caller")
      const request = spans.find((s) => s.name === "chat m/x")
      const attempts = spans.filter((s) => s.name === "openrouter.attempt")
      assert.isFalse(caller?.attributes.has("gen_ai.response.model"))
      assert.isFalse(caller?.attributes.has("gen_ai.usage.input_tokens"))
      assert.strictEqual(request?.attributes.get("gen_ai.response.model"), "m/y")
      assert.deepStrictEqual(attempts.map((a) => a.attributes.get("error.type")), ["ProviderError", "_OTHER"])
      assert.deepStrictEqual(attempts.map((a) => a.attributes.get("openrouter.fallback")), [false, true])
      // content off by default even with a completion
      assert.isFalse(request?.attributes.has("gen_ai.output.messages"))
    }))
})
