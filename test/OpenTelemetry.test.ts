/**
 * Telemetry exported through the real OpenTelemetry SDK: `@effect/opentelemetry`'s NodeSdk layer
 * with the SDK's in-memory span exporter and an in-memory metric exporter behind a reader that is
 * force-flushed. Calls go through `OpenRouter` over the fake HTTP client (retries, fallbacks,
 * streams), and the test reads what an OTLP collector would receive.
 */
import * as NodeSdk from "@effect/opentelemetry/NodeSdk"
import { assert, describe, it } from "@effect/vitest"
import {
  AggregationTemporality,
  DataPointType,
  type Histogram,
  InMemoryMetricExporter,
  type MetricData,
  PeriodicExportingMetricReader
} from "@opentelemetry/sdk-metrics"
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Chunk, Duration, Effect, Fiber, Layer, Stream, TestClock } from "effect"
import * as Fallback from "../src/Fallback.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Telemetry from "../src/Telemetry.js"

// =============================================================================
// Helpers
// =============================================================================

const SECRET_CONTENT = "the secret merger plan"
const ANSWER = "the confidential answer"
const CLIENT = 2 // SpanKind.CLIENT

/** An OpenTelemetry SDK wired to in-memory exporters, as a layer plus readers. */
const otel = () => {
  const spanExporter = new InMemorySpanExporter()
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE)
  // Exports only when flushed (the interval is far beyond any test).
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 })
  const layer = NodeSdk.layer(() => ({
    resource: { serviceName: "effect-openrouter-otel-test" },
    spanProcessor: new SimpleSpanProcessor(spanExporter),
    metricReader: reader
  }))
  const spans = () => spanExporter.getFinishedSpans()
  /** Every metric of the last export (the reader is flushed first). */
  const metrics = Effect.promise(() => reader.forceFlush()).pipe(
    Effect.map((): ReadonlyArray<MetricData> => {
      const all = metricExporter.getMetrics()
      const last = all[all.length - 1]
      return last === undefined ? [] : last.scopeMetrics.flatMap((s) => s.metrics)
    })
  )
  return { layer, spans, metrics }
}

const chunks = (model: string, parts: ReadonlyArray<string>) => [
  ...parts.map((content) => ({
    id: "gen-stream-1",
    model,
    provider: "Anthropic",
    object: "chat.completion.chunk",
    created: 1,
    choices: [{ index: 0, delta: { content }, finish_reason: null }]
  })),
  {
    id: "gen-stream-1",
    model,
    provider: "Anthropic",
    object: "chat.completion.chunk",
    created: 1,
    choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
    usage: { prompt_tokens: 7, completion_tokens: parts.length, total_tokens: 7 + parts.length, cost: 0.0001 }
  }
]

const completion = (model: string, text = ANSWER) =>
  OpenRouterTest.json({
    id: "gen-json-1",
    model,
    provider: "OpenAI",
    object: "chat.completion",
    created: 1,
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15, cost: 0.00021 }
  })

/** Answers by model, in order per model (the last answer repeats). */
const byModel = (script: Readonly<Record<string, ReadonlyArray<OpenRouterTest.Canned>>>): OpenRouterTest.Responses => {
  const counts = new Map<string, number>()
  return (request) => {
    const model = String((request.body as { readonly model?: unknown }).model)
    const n = counts.get(model) ?? 0
    counts.set(model, n + 1)
    const list = script[model] ?? []
    const canned = list[Math.min(n, list.length - 1)]
    return canned ?? OpenRouterTest.error(404, "no such model")
  }
}

const clientLayer = (responses: OpenRouterTest.Responses, policies: Layer.Layer<never> = Layer.empty) =>
  OpenRouter.layer.pipe(
    Layer.provide(
      Layer.mergeAll(
        RetryPolicy.layer({ maxRetries: 1, schedule: RetryPolicy.backoff({ jitter: false }) }),
        policies
      )
    ),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
  )

/** Runs `effect` in a fiber, advancing the TestClock until it completes (retry back-off). */
const runClock = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    for (let i = 0; i < 200; i++) {
      if ((yield* Fiber.poll(fiber))._tag === "Some") break
      yield* TestClock.adjust("50 millis")
    }
    return yield* Fiber.join(fiber)
  })

const request = (model: string, content = "Hello") => ({
  model,
  messages: [{ role: "user" as const, content }],
  max_tokens: 50
})

const parentId = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId

const find = (spans: ReadonlyArray<ReadableSpan>, name: string): ReadableSpan => {
  const span = spans.find((s) => s.name === name)
  assert.isDefined(span, `span ${name}`)
  if (span === undefined) throw new Error(`no span ${name}`)
  return span
}

const metric = (all: ReadonlyArray<MetricData>, name: string): MetricData => {
  const m = all.find((d) => d.descriptor.name === name)
  assert.isDefined(m, `metric ${name}`)
  if (m === undefined) throw new Error(`no metric ${name}`)
  return m
}

/** The histogram points of `m` whose attributes include `where`. */
const points = (m: MetricData, where: Readonly<Record<string, string>>) =>
  m.dataPointType === DataPointType.HISTOGRAM
    ? m.dataPoints.filter((p) => Object.entries(where).every(([k, v]) => p.attributes[k] === v)).map((p) => ({
      attributes: p.attributes,
      value: p.value as Histogram
    }))
    : []

/** Every string an exporter would send: span names, attribute values, metric labels. */
const everyString = (spans: ReadonlyArray<ReadableSpan>, metrics: ReadonlyArray<MetricData>): ReadonlyArray<string> => [
  ...spans.flatMap((s) => [
    s.name,
    ...Object.entries(s.attributes).flatMap(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
    ...s.events.flatMap((e) => [e.name, JSON.stringify(e.attributes ?? {})])
  ]),
  ...metrics.flatMap((m) =>
    (m.dataPoints as ReadonlyArray<{ readonly attributes: Record<string, unknown> }>).flatMap((p) =>
      Object.entries(p.attributes).flatMap(([k, v]) => [k, String(v)])
    )
  )
]

// =============================================================================
// Tests
// =============================================================================

describe("OpenTelemetry export (GenAI semantic conventions)", () => {
  it.effect("a JSON call with a retry and a fallback: one client span, every attempt a child of it", () => {
    const sdk = otel()
    const primary = "otel/json-primary"
    const backup = "otel/json-backup"
    return Effect.gen(function*() {
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) =>
          c.chat({ ...request(primary, SECRET_CONTENT), temperature: 0.3 }, { wire: "json" })).pipe(
            Effect.withSpan("user.operation")
          )
      )
      assert.strictEqual(result.text, ANSWER)
      const spans = sdk.spans()
      const user = find(spans, "user.operation")
      const call = find(spans, `chat ${primary}`)
      const attempts = spans.filter((s) => s.name === "openrouter.attempt")

      // structure: user → call → attempts (primary, primary again, then the fallback)
      assert.strictEqual(call.kind, CLIENT)
      assert.strictEqual(parentId(call), user.spanContext().spanId)
      assert.strictEqual(attempts.length, 3)
      for (const a of attempts) {
        assert.strictEqual(parentId(a), call.spanContext().spanId)
        assert.strictEqual(a.spanContext().traceId, call.spanContext().traceId)
        assert.strictEqual(a.kind, CLIENT)
      }
      assert.deepStrictEqual(attempts.map((a) => a.attributes["openrouter.attempt"]), [1, 2, 3])
      assert.deepStrictEqual(attempts.map((a) => a.attributes["gen_ai.request.model"]), [primary, primary, backup])
      // error.type is the typed error's tag, as the attempts log has it
      assert.deepStrictEqual(
        attempts.map((a) => a.attributes["error.type"]),
        result.meta.attempts.map((a) => (a.outcome === "Success" ? undefined : a.outcome))
      )
      assert.isString(attempts[0]?.attributes["error.type"])
      assert.deepStrictEqual(attempts.map((a) => a.attributes["openrouter.fallback"]), [false, false, true])
      assert.deepStrictEqual(attempts.map((a) => a.status.code), [2, 2, 1]) // ERROR, ERROR, OK

      // the call span: request and response attributes as the conventions name them
      const attrs = call.attributes
      assert.strictEqual(attrs["gen_ai.operation.name"], "chat")
      assert.strictEqual(attrs["gen_ai.provider.name"], "openrouter")
      assert.strictEqual(attrs["gen_ai.request.model"], primary)
      assert.strictEqual(attrs["gen_ai.request.max_tokens"], 50)
      assert.strictEqual(attrs["gen_ai.response.model"], backup)
      assert.strictEqual(attrs["gen_ai.response.id"], "gen-json-1")
      assert.deepStrictEqual(attrs["gen_ai.response.finish_reasons"], ["stop"])
      assert.strictEqual(attrs["gen_ai.usage.input_tokens"], 12)
      assert.strictEqual(attrs["gen_ai.usage.output_tokens"], 3)
      assert.strictEqual(attrs["openrouter.cost_usd"], 0.00021)
      assert.strictEqual(attrs["openrouter.provider"], "OpenAI")
      assert.strictEqual(attrs["openrouter.generation_id"], "gen-json-1")
      assert.strictEqual(attrs["openrouter.retries"], 1)
      assert.strictEqual(attrs["openrouter.stream"], false)
      assert.isUndefined(attrs["error.type"])
      // the user's own span is left alone
      assert.isUndefined(user.attributes["gen_ai.response.model"])

      // metrics: duration (s) and token usage ({token}) with the conventions' attributes and buckets
      const metrics = yield* sdk.metrics
      const duration = metric(metrics, "gen_ai.client.operation.duration")
      assert.strictEqual(duration.descriptor.unit, "s")
      assert.strictEqual(duration.dataPointType, DataPointType.HISTOGRAM)
      const [d] = points(duration, { "gen_ai.request.model": primary })
      assert.isDefined(d)
      assert.deepStrictEqual(d?.attributes, {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openrouter",
        "gen_ai.request.model": primary,
        "gen_ai.response.model": backup,
        unit: "s"
      })
      assert.strictEqual(d?.value.count, 1)
      assert.deepStrictEqual(d?.value.buckets.boundaries, [...Telemetry.genAiBuckets.operationDuration])
      // 503 → 500 ms back-off → 503 → fallback: half a second of TestClock time
      assert.strictEqual(d?.value.sum, 0.5)

      const tokens = metric(metrics, "gen_ai.client.token.usage")
      assert.strictEqual(tokens.descriptor.unit, "{token}")
      const input = points(tokens, { "gen_ai.request.model": primary, "gen_ai.token.type": "input" })
      const output = points(tokens, { "gen_ai.request.model": primary, "gen_ai.token.type": "output" })
      assert.deepStrictEqual([input[0]?.value.sum, output[0]?.value.sum], [12, 3])
      assert.deepStrictEqual(input[0]?.value.buckets.boundaries, [...Telemetry.genAiBuckets.tokenUsage])
      // a JSON call has no first chunk
      const ttfc = metrics.find((m) => m.descriptor.name === "gen_ai.client.operation.time_to_first_chunk")
      assert.strictEqual(ttfc === undefined ? 0 : points(ttfc, { "gen_ai.request.model": primary }).length, 0)
      // the earlier metric names still export
      assert.isDefined(metrics.find((m) => m.descriptor.name === "openrouter.requests"))
      assert.isDefined(metrics.find((m) => m.descriptor.name === "openrouter.request.duration_ms"))

      // no content by default, and the key nowhere
      assert.isUndefined(attrs["gen_ai.input.messages"])
      assert.isUndefined(attrs["gen_ai.output.messages"])
      for (const value of everyString(spans, metrics)) {
        assert.notInclude(value, OpenRouterTest.API_KEY)
        assert.notInclude(value, SECRET_CONTENT)
        assert.notInclude(value, ANSWER)
      }
    }).pipe(
      Effect.provide(
        clientLayer(
          byModel({ [primary]: [OpenRouterTest.error(503, "overloaded")], [backup]: [completion(backup)] }),
          Fallback.layer({ models: [backup] })
        )
      ),
      Effect.provide(sdk.layer)
    )
  })

  it.effect("a failed call: error.type on the span and on the duration metric", () => {
    const sdk = otel()
    const model = "otel/json-fails"
    return Effect.gen(function*() {
      const exit = yield* Effect.exit(
        runClock(Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(request(model), { wire: "json" })))
      )
      assert.isTrue(exit._tag === "Failure")
      const call = find(sdk.spans(), `chat ${model}`)
      assert.strictEqual(call.attributes["error.type"], "AuthenticationError")
      assert.strictEqual(call.status.code, 2)
      const attempts = sdk.spans().filter((s) => s.name === "openrouter.attempt")
      assert.strictEqual(attempts.length, 1) // a 401 is not retried
      assert.strictEqual(parentId(attempts[0] as ReadableSpan), call.spanContext().spanId)
      const duration = metric(yield* sdk.metrics, "gen_ai.client.operation.duration")
      const [d] = points(duration, { "gen_ai.request.model": model })
      assert.strictEqual(d?.attributes["error.type"], "AuthenticationError")
      assert.isUndefined(d?.attributes["gen_ai.response.model"])
    }).pipe(
      Effect.provide(clientLayer(byModel({ [model]: [OpenRouterTest.error(401, "bad key")] }))),
      Effect.provide(sdk.layer)
    )
  })

  it.effect("a streamed call: attempts under the call span, time to first chunk in seconds", () => {
    const sdk = otel()
    const model = "otel/stream"
    return Effect.gen(function*() {
      const events = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runCollect(c.chatStream(request(model)))).pipe(
          Effect.withSpan("user.operation")
        )
      )
      assert.isTrue(Chunk.size(events) > 0)
      const spans = sdk.spans()
      const user = find(spans, "user.operation")
      const call = find(spans, `chat ${model}`)
      const attempts = spans.filter((s) => s.name === "openrouter.attempt")
      assert.strictEqual(attempts.length, 2)
      for (const a of attempts) assert.strictEqual(parentId(a), call.spanContext().spanId)
      assert.deepStrictEqual(attempts.map((a) => a.attributes["error.type"]), ["RateLimitError", undefined])
      assert.strictEqual(call.attributes["openrouter.stream"], true)
      assert.strictEqual(call.attributes["gen_ai.request.model"], model)
      // The stream's result is recorded after its request span ended (see docs/telemetry.md,
      // "Streams"): it must not land on the caller's span instead.
      assert.isUndefined(user.attributes["gen_ai.response.model"])
      assert.isUndefined(user.attributes["gen_ai.usage.input_tokens"])

      const metrics = yield* sdk.metrics
      const ttfc = metric(metrics, "gen_ai.client.operation.time_to_first_chunk")
      assert.strictEqual(ttfc.descriptor.unit, "s")
      const [t] = points(ttfc, { "gen_ai.request.model": model })
      assert.strictEqual(t?.value.count, 1)
      assert.deepStrictEqual(t?.value.buckets.boundaries, [...Telemetry.genAiBuckets.timeToFirstChunk])
      assert.strictEqual(t?.attributes["gen_ai.response.model"], model)
      const tokens = metric(metrics, "gen_ai.client.token.usage")
      const output = points(tokens, { "gen_ai.request.model": model, "gen_ai.token.type": "output" })
      assert.strictEqual(output[0]?.value.sum, 2)
      const duration = metric(metrics, "gen_ai.client.operation.duration")
      const [d] = points(duration, { "gen_ai.request.model": model })
      assert.strictEqual(d?.value.count, 1)
      assert.isUndefined(d?.attributes["error.type"])
      for (const value of everyString(spans, metrics)) assert.notInclude(value, OpenRouterTest.API_KEY)
    }).pipe(
      Effect.provide(
        clientLayer(byModel({
          [model]: [OpenRouterTest.error(429, "slow down", { headers: { "retry-after": "1" } }), OpenRouterTest.sse(chunks(model, ["Hel", "lo"]))]
        }))
      ),
      Effect.provide(sdk.layer)
    )
  })

  it.effect("content is exported only when opted in, scrubbed of the key", () => {
    const sdk = otel()
    const model = "otel/content"
    const withKey = `${SECRET_CONTENT} (key ${OpenRouterTest.API_KEY})`
    return Effect.gen(function*() {
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(request(model, withKey), { wire: "json" }))
      const call = find(sdk.spans(), `chat ${model}`)
      const input = call.attributes["gen_ai.input.messages"]
      assert.isString(input)
      const parsed: unknown = JSON.parse(String(input))
      assert.isArray(parsed)
      const first = (parsed as ReadonlyArray<{ readonly role: string; readonly parts: ReadonlyArray<{ readonly type: string; readonly content: string }> }>)[0]
      assert.strictEqual(first?.role, "user")
      assert.strictEqual(first?.parts[0]?.type, "text")
      assert.include(first?.parts[0]?.content ?? "", SECRET_CONTENT)
      for (const value of everyString(sdk.spans(), yield* sdk.metrics)) assert.notInclude(value, OpenRouterTest.API_KEY)
    }).pipe(
      Effect.provide(clientLayer(byModel({ [model]: [completion(model)] }))),
      Effect.provide(Telemetry.layer({ captureContent: true })),
      Effect.provide(sdk.layer)
    )
  })

  it.effect("the stream recipe (requestSpanScoped + withinRequestSpan): the span lasts the stream and gets its result", () => {
    const sdk = otel()
    const model = "otel/stream-recipe"
    // Shaped like the pipeline's stream call: span first, then the finalizer that records the
    // result, then the opening (attempt spans) under the span; the body is read afterwards.
    const call = Stream.unwrapScoped(Effect.gen(function*() {
      const body = { model, messages: [{ role: "user", content: SECRET_CONTENT }], temperature: 0.7, top_p: 0.9, stop: ["END"], seed: 4 }
      const span = yield* Telemetry.requestSpanScoped({ model, stream: true, request: body })
      yield* Effect.addFinalizer(() =>
        Telemetry.recordResult({
          requestedModel: model,
          responseModel: model,
          responseId: "gen-recipe",
          provider: "Anthropic",
          outcome: "success",
          finishReasons: ["stop"],
          durationMs: 2500,
          timeToFirstTokenMs: 400,
          completion: {
            text: ANSWER,
            toolCalls: [{ id: "call-1", function: { name: "lookup", arguments: "{\"q\":1}" } }],
            finishReason: "tool_calls"
          }
        }).pipe(Telemetry.withinRequestSpan(span))
      )
      yield* Effect.void.pipe(Telemetry.attemptSpan({ model, attempt: 1 }), Telemetry.withinRequestSpan(span))
      return Stream.make("a", "b").pipe(Stream.tap(() => Effect.sleep(Duration.millis(10))))
    }))
    return Effect.gen(function*() {
      yield* runClock(Stream.runDrain(call))
      const spans = sdk.spans()
      const request = find(spans, `chat ${model}`)
      const attempt = find(spans, "openrouter.attempt")
      assert.strictEqual(parentId(attempt), request.spanContext().spanId)
      const attrs = request.attributes
      assert.strictEqual(attrs["gen_ai.request.temperature"], 0.7)
      assert.strictEqual(attrs["gen_ai.request.top_p"], 0.9)
      assert.deepStrictEqual(attrs["gen_ai.request.stop_sequences"], ["END"])
      assert.strictEqual(attrs["gen_ai.request.seed"], 4)
      assert.strictEqual(attrs["gen_ai.response.model"], model)
      assert.strictEqual(attrs["gen_ai.response.time_to_first_chunk"], 0.4)
      // the span ended after the body was read (TestClock: two 10 ms reads)
      const ms = (t: readonly [number, number]) => t[0] * 1000 + t[1] / 1e6
      assert.isAtLeast(ms(request.endTime) - ms(request.startTime), 20)
      const output = JSON.parse(String(attrs["gen_ai.output.messages"])) as ReadonlyArray<{ readonly parts: ReadonlyArray<{ readonly type: string }>; readonly finish_reason: string }>
      assert.deepStrictEqual(output[0]?.parts.map((p) => p.type), ["text", "tool_call"])
      assert.strictEqual(output[0]?.finish_reason, "tool_calls")
      assert.include(String(attrs["gen_ai.input.messages"]), SECRET_CONTENT)
    }).pipe(
      Effect.provide(Telemetry.layer({ captureContent: true })),
      Effect.provide(sdk.layer)
    )
  })
})

// The pipeline's call sites pass the request body, the completion and, for streams, a span open for
// the stream's whole life (src/pipeline/telemetry.ts, finish.ts, streamWire.ts).
describe("OpenTelemetry export once the pipeline passes the body, the completion and a stream-long span", () => {
  it.effect("the stream's span gets its result; the JSON span its temperature and output", () => {
    const sdk = otel()
    const model = "otel/after-stream"
    const json = "otel/after-json"
    return Effect.gen(function*() {
      yield* runClock(Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runCollect(c.chatStream(request(model)))).pipe(Effect.withSpan("user.operation")))
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat({ ...request(json), temperature: 0.3 }, { wire: "json" }))
      const spans = sdk.spans()
      const call = find(spans, `chat ${model}`)
      const user = find(spans, "user.operation")
      assert.strictEqual(call.attributes["gen_ai.response.model"], model)
      assert.deepStrictEqual(call.attributes["gen_ai.response.finish_reasons"], ["stop"])
      assert.strictEqual(call.attributes["gen_ai.usage.output_tokens"], 2)
      assert.strictEqual(parentId(call), user.spanContext().spanId)
      for (const a of spans.filter((s) => s.name === "openrouter.attempt").slice(0, 2)) assert.strictEqual(parentId(a), call.spanContext().spanId)
      assert.include(String(call.attributes["gen_ai.output.messages"]), "Hello")
      const j = find(spans, `chat ${json}`)
      assert.strictEqual(j.attributes["gen_ai.request.temperature"], 0.3)
      assert.include(String(j.attributes["gen_ai.output.messages"]), ANSWER)
    }).pipe(
      Effect.provide(clientLayer(byModel({ [model]: [OpenRouterTest.error(429, "slow", { headers: { "retry-after": "1" } }), OpenRouterTest.sse(chunks(model, ["Hel", "lo"]))], [json]: [completion(json)] }))),
      Effect.provide(Telemetry.layer({ captureContent: true })),
      Effect.provide(sdk.layer)
    )
  })
})
