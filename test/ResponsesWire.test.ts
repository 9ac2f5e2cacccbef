/**
 * `responses` / `responsesStream` through the Simulator on 127.0.0.1, the body read whole, in
 * 1-byte and in 7-byte reads: the SSE conformance rules, a mid-stream error and a drop after
 * content (typed, partial kept, never retried), retry before content, one meter entry with the
 * cost, the budget settled once.
 */
import { assert, describe, it, layer as shared } from "@effect/vitest"
import { Duration, Effect, Stream } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as ResponsesStream from "../src/ResponsesStream.js"
import type { ResponsesStreamEvent } from "../src/ResponsesStream.js"
import * as Simulator from "../src/Simulator.js"
import { collect, label, layer, reads, readSizes } from "./ResponsesHelpers.js"
import { makeTracer } from "./tracer.js"

const text = (model: string) => `You said: "Hi there". This is a simulated reply from ${model}.`

const tags = (events: ReadonlyArray<ResponsesStreamEvent>) => events.map((e) => e._tag)

for (const readSize of readSizes) {
  describe(`responsesStream through the Simulator, ${label(readSize)}`, () => {
    const framings: ReadonlyArray<Record<string, string>> = [
      { "x-sim-sse-newline": "crlf" },
      { "x-sim-sse-newline": "cr" },
      { "x-sim-sse-comments": "1" },
      { "x-sim-sse-multiline": "1", "x-sim-sse-newline": "crlf" },
      { "x-sim-sse-multiline": "1", "x-sim-sse-newline": "cr", "x-sim-sse-comments": "1" }
    ]
    // One Simulator and client for the framings of this read size (started once, in the hook).
    shared(layer({ readSize }), { timeout: "20 seconds", excludeTestServices: true })("SSE conformance", (it) => {
      for (const headers of framings) {
        it.effect(`SSE conformance (${JSON.stringify(headers)}): the same events as plain LF framing`, () =>
          Effect.gen(function*() {
            const client = yield* OpenRouter.OpenRouter
            const run = (h: Record<string, string>) => collect(client.responsesStream({ model: "sim/echo", input: "Hi there" }, { headers: h }))
            const before = reads.count
            const plain = yield* run({})
            // 1-byte reads: one read per byte of the body (more than a thousand).
            if (readSize === 1) assert.isAbove(reads.count - before, 1000)
            const last = plain[plain.length - 1]
            assert.strictEqual(last?._tag === "Done" ? last.result.text : undefined, text("sim/echo"))
            assert.strictEqual(last?._tag === "Done" ? last.result.raw?.status : undefined, "completed")
            assert.isTrue(tags(plain).includes("TextDelta"))
            const events = yield* run(headers)
            assert.deepStrictEqual(tags(events), tags(plain))
            const done = events[events.length - 1]
            assert.strictEqual(done?._tag === "Done" ? done.result.text : undefined, text("sim/echo"))
          }))
      }
    })

    it.live("reasoning and a function call with argument deltas fold into the result", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const result = yield* client.responses({
          model: "sim/reasoning",
          input: [{ role: "user", content: [{ type: "input_text", text: "Weather in Paris?" }] }],
          tools: [{
            type: "function",
            name: "get_weather",
            parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }
          }]
        })
        assert.strictEqual(result.toolCalls.length, 1)
        assert.strictEqual(result.toolCalls[0]?.function.name, "get_weather")
        assert.isObject(JSON.parse(result.toolCalls[0]?.function.arguments ?? ""))
        assert.strictEqual(result.finishReason, "tool_calls")
        assert.include(result.reasoning ?? "", "Weather in Paris?")
        assert.isAbove(result.usage?.cost ?? 0, 0)
      }).pipe(Effect.provide(layer({ readSize }))))

    it.live("a mid-stream error event: StreamInterrupted with the partial text, not retried, metered once", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const sim = yield* Simulator.Simulator
        const seen: Array<ResponsesStreamEvent> = []
        const error = yield* Effect.flip(
          Stream.runForEach(client.responsesStream({ model: "sim/mid-stream-error-2", input: "Hi there" }), (e) =>
            Effect.sync(() => {
              seen.push(e)
            }))
        )
        assert.strictEqual(error._tag, "StreamInterrupted")
        if (error._tag !== "StreamInterrupted") return
        assert.strictEqual(error.partial.text, "You said:")
        assert.strictEqual(error.reason.message, "Provider disconnected unexpectedly")
        assert.strictEqual(seen.filter((e) => e._tag === "TextDelta").length, 2)
        // The partial in the API's own shape: the events received, folded by the consumer.
        const acc = new ResponsesStream.Accumulator()
        for (const e of seen) if (e._tag !== "Done") acc.push(e, [], {})
        assert.strictEqual(acc.response()?.output?.[0]?.content?.[0]?.text, "You said:")
        assert.strictEqual((yield* sim.requests).length, 1)
        const snap = yield* (yield* CostMeter.CostMeter).snapshot
        assert.strictEqual(snap.requests, 1)
        assert.strictEqual(snap.interrupted, 1)
      }).pipe(Effect.provide(layer({ readSize }))))

    it.live("a drop after content: StreamInterrupted (transport) with the partial, not retried", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const sim = yield* Simulator.Simulator
        // created, in_progress, item added, part added, then 3 text deltas: the socket drops.
        const error = yield* Effect.flip(client.responses({ model: "sim/drop-after-7", input: "Hi there" }))
        assert.strictEqual(error._tag, "StreamInterrupted")
        if (error._tag !== "StreamInterrupted") return
        assert.strictEqual(error.reason._tag, "TransportError")
        assert.strictEqual(error.partial.text, "You said: \"Hi")
        assert.strictEqual((yield* sim.requests).length, 1)
      }).pipe(Effect.provide(layer({ readSize }))))
  })
}

describe("responses: retry, meter, budget", () => {
  it.live("retried before content (429, then a drop before the first delta), never after", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const ok = yield* client.responses({ model: "sim/rate-limited", input: "Hi there" }, {
        headers: { "x-sim-retry-after": "0" }
      })
      assert.strictEqual(ok.text, text("sim/rate-limited"))
      assert.deepStrictEqual(ok.meta.attempts.map((a) => a.outcome), ["RateLimitError", "Success"])
      yield* sim.reset
      // Two events, no content, then the drop: every attempt fails before the commit point.
      const dropped = yield* Effect.flip(client.responses({ model: "sim/drop-after-2", input: "Hi there" }))
      assert.strictEqual(dropped._tag, "TransportError")
      assert.strictEqual((yield* sim.requests).length, 3)
      yield* sim.reset
      // An error event before the first delta fails the attempt (typed, retryable), not the stream.
      const early = yield* Effect.flip(client.responses({ model: "sim/mid-stream-error-0", input: "Hi there" }))
      assert.strictEqual(early._tag, "ProviderError")
      assert.strictEqual((yield* sim.requests).length, 3)
    }).pipe(Effect.provide(layer({ retries: 2 }))))

  it.live("one meter entry with the reported cost; the budget settled to it once", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.responses({ model: "sim/echo", input: "Meter me" })
      const cost = result.usage?.cost ?? 0
      assert.isAbove(cost, 0)
      const snap = yield* (yield* CostMeter.CostMeter).snapshot
      assert.strictEqual(snap.requests, 1)
      assert.strictEqual(snap.reportedRequests, 1)
      assert.closeTo(snap.costMicros, cost * 1e6, 1e-6)
      const budget = yield* (yield* Budget.Budget).snapshot
      assert.closeTo(budget.spentMicros, cost * 1e6, 1e-6)
      assert.strictEqual(budget.reservedMicros, 0)
      const json = yield* client.responses({ model: "sim/echo", input: "Meter me too" }, { wire: "json" })
      assert.strictEqual(json.meta.wire, "json")
      const after = yield* (yield* CostMeter.CostMeter).snapshot
      assert.strictEqual(after.requests, 2)
      assert.closeTo(after.costMicros, (cost + (json.usage?.cost ?? 0)) * 1e6, 1e-6)
    }).pipe(Effect.provide(layer({ budgetUsd: 1 }))))

  it.live("the JSON wire: the same text; a failed response after output is interrupted, its partial kept", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const json = yield* client.responses({ model: "sim/echo", input: "Hi there" }, { wire: "json" })
      assert.strictEqual(json.text, text("sim/echo"))
      assert.strictEqual(json.raw?.object, "response")
      const error = yield* Effect.flip(
        client.responses({ model: "sim/mid-stream-error-2", input: "Hi there" }, { wire: "json" })
      )
      assert.strictEqual(error._tag, "StreamInterrupted")
      if (error._tag === "StreamInterrupted") assert.strictEqual(error.partial.text, "You said:")
    }).pipe(Effect.provide(layer())))

  it.live("an invalid request fails before sending, naming the field", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const noModel = yield* Effect.flip(client.responses({ model: " ", input: "x" }))
      assert.strictEqual(noModel._tag, "InvalidRequestError")
      const badInput = yield* Effect.flip(client.responses({ model: "sim/echo", input: 42 } as never))
      assert.strictEqual(badInput._tag, "InvalidRequestError")
      if (badInput._tag === "InvalidRequestError") assert.strictEqual(badInput.field, "input")
      assert.strictEqual((yield* sim.requests).length, 0)
    }).pipe(Effect.provide(layer())))

  it.live("a request span named `responses <model>` with an attempt span, no key and no content", () =>
    Effect.gen(function*() {
      const { spans, tracer } = makeTracer()
      const client = yield* OpenRouter.OpenRouter
      yield* client.responses({ model: "sim/echo", input: "a very private question" }).pipe(Effect.withTracer(tracer))
      const request = spans.find((s) => s.name === "responses sim/echo")
      assert.isDefined(request)
      assert.strictEqual(request?.attributes.get("gen_ai.operation.name"), "responses")
      assert.strictEqual(spans.filter((s) => s.name === "openrouter.attempt").length, 1)
      const dump = JSON.stringify(spans.map((s) => [s.name, [...s.attributes]]))
      assert.notInclude(dump, "private")
      assert.notInclude(dump, Simulator.API_KEY)
    }).pipe(Effect.provide(layer())))

  it.live("the idle watchdog: a stall before content is a retried idle timeout, after content StreamInterrupted", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const timeouts = { idle: Duration.millis(150) }
      const before = yield* Effect.flip(client.responses({ model: "sim/stall-1", input: "Hi there" }, { timeouts }))
      assert.strictEqual(before._tag, "TimeoutError")
      if (before._tag === "TimeoutError") assert.strictEqual(before.kind, "idle")
      assert.strictEqual((yield* sim.requests).length, 2)
      const after = yield* Effect.flip(client.responses({ model: "sim/stall-6", input: "Hi there" }, { timeouts }))
      assert.strictEqual(after._tag, "StreamInterrupted")
      if (after._tag === "StreamInterrupted") {
        assert.strictEqual(after.reason._tag, "TimeoutError")
        assert.strictEqual(after.partial.text, "You said:")
      }
    }).pipe(Effect.provide(layer({ retries: 1 }))))
})
