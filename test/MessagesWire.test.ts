/**
 * `messages` / `messagesStream` through the Simulator on 127.0.0.1, the body read whole, in
 * 1-byte and in 7-byte reads: the SSE conformance rules, a mid-stream `event: error` and a drop
 * after content (typed, partial kept, never retried), retry before content, one meter entry with
 * the cost, the budget settled once, Anthropic error envelopes.
 */
import { assert, describe, it, layer as shared } from "@effect/vitest"
import { Effect, Stream } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import type { MessagesStreamEvent } from "../src/MessagesStream.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as Simulator from "../src/Simulator.js"
import { collect, label, layer, reads, readSizes } from "./ResponsesHelpers.js"

const text = (model: string) => `You said: "Hi there". This is a simulated reply from ${model}.`
const request = (model: string, content = "Hi there") => ({
  model,
  max_tokens: 256,
  messages: [{ role: "user" as const, content }]
})
const tags = (events: ReadonlyArray<MessagesStreamEvent>) => events.map((e) => e._tag)

for (const readSize of readSizes) {
  describe(`messagesStream through the Simulator, ${label(readSize)}`, () => {
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
            const run = (h: Record<string, string>) => collect(client.messagesStream(request("sim/echo"), { headers: h }))
            const before = reads.count
            const plain = yield* run({})
            if (readSize === 1) assert.isAbove(reads.count - before, 1000)
            const last = plain[plain.length - 1]
            assert.strictEqual(last?._tag === "Done" ? last.result.text : undefined, text("sim/echo"))
            assert.strictEqual(last?._tag === "Done" ? last.result.raw?.stop_reason : undefined, "end_turn")
            assert.isTrue(tags(plain).includes("ContentBlockDelta"))
            assert.strictEqual(tags(plain)[tags(plain).length - 2], "MessageStop")
            const events = yield* run(headers)
            assert.deepStrictEqual(tags(events), tags(plain))
          }))
      }
    })

    it.live("thinking and a tool_use with input_json_delta fold into the result", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const result = yield* client.messages({
          ...request("sim/reasoning", "Weather in Paris?"),
          thinking: { type: "enabled", budget_tokens: 1024 },
          tools: [{
            name: "get_weather",
            input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }
          }]
        })
        assert.strictEqual(result.toolCalls[0]?.function.name, "get_weather")
        assert.isObject(JSON.parse(result.toolCalls[0]?.function.arguments ?? ""))
        assert.strictEqual(result.finishReason, "tool_calls")
        assert.strictEqual(result.raw?.stop_reason, "tool_use")
        assert.include(result.reasoning ?? "", "Weather in Paris?")
        assert.isString(result.raw?.content?.[0]?.signature)
        assert.isAbove(result.usage?.cost ?? 0, 0)
      }).pipe(Effect.provide(layer({ readSize }))))

    it.live("a mid-stream `event: error`: StreamInterrupted with the partial text, not retried, metered once", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const sim = yield* Simulator.Simulator
        const seen: Array<MessagesStreamEvent> = []
        const error = yield* Effect.flip(
          Stream.runForEach(client.messagesStream(request("sim/mid-stream-error-2")), (e) =>
            Effect.sync(() => {
              seen.push(e)
            }))
        )
        assert.strictEqual(error._tag, "StreamInterrupted")
        if (error._tag !== "StreamInterrupted") return
        assert.strictEqual(error.partial.text, "You said:")
        assert.strictEqual(error.reason.message, "Provider disconnected unexpectedly")
        assert.strictEqual(seen.filter((e) => e._tag === "ContentBlockDelta").length, 2)
        assert.strictEqual((yield* sim.requests).length, 1)
        const snap = yield* (yield* CostMeter.CostMeter).snapshot
        assert.strictEqual(snap.requests, 1)
        assert.strictEqual(snap.interrupted, 1)
      }).pipe(Effect.provide(layer({ readSize }))))

    it.live("a drop after content: StreamInterrupted (transport) with the partial, not retried", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const sim = yield* Simulator.Simulator
        // message_start, content_block_start, then 3 text deltas: the socket drops.
        const error = yield* Effect.flip(client.messages(request("sim/drop-after-5")))
        assert.strictEqual(error._tag, "StreamInterrupted")
        if (error._tag !== "StreamInterrupted") return
        assert.strictEqual(error.reason._tag, "TransportError")
        assert.strictEqual(error.partial.text, "You said: \"Hi")
        assert.strictEqual((yield* sim.requests).length, 1)
      }).pipe(Effect.provide(layer({ readSize }))))
  })
}

describe("messages: retry, meter, budget, errors", () => {
  it.live("retried before content (429 in Anthropic's envelope, a drop before the first delta), never after", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const ok = yield* client.messages(request("sim/rate-limited"), { headers: { "x-sim-retry-after": "0" } })
      assert.strictEqual(ok.text, text("sim/rate-limited"))
      assert.deepStrictEqual(ok.meta.attempts.map((a) => a.outcome), ["RateLimitError", "Success"])
      yield* sim.reset
      const dropped = yield* Effect.flip(client.messages(request("sim/drop-after-1")))
      assert.strictEqual(dropped._tag, "TransportError")
      assert.strictEqual((yield* sim.requests).length, 3)
    }).pipe(Effect.provide(layer({ retries: 2 }))))

  it.live("an error answer is typed from Anthropic's envelope (401, 404), not retried", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const unauthorized = yield* Effect.flip(client.messages(request("sim/unauthorized")))
      assert.strictEqual(unauthorized._tag, "AuthenticationError")
      const missing = yield* Effect.flip(client.messages(request("sim/not-found"), { wire: "json" }))
      assert.strictEqual(missing._tag, "ModelNotFoundError")
    }).pipe(Effect.provide(layer())))

  it.live("one meter entry with the reported cost; the budget settled to it once; the JSON wire agrees", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.messages(request("sim/echo", "Meter me"))
      const cost = result.usage?.cost ?? 0
      assert.isAbove(cost, 0)
      const snap = yield* (yield* CostMeter.CostMeter).snapshot
      assert.strictEqual(snap.requests, 1)
      assert.strictEqual(snap.reportedRequests, 1)
      assert.closeTo(snap.costMicros, cost * 1e6, 1e-6)
      const budget = yield* (yield* Budget.Budget).snapshot
      assert.closeTo(budget.spentMicros, cost * 1e6, 1e-6)
      assert.strictEqual(budget.reservedMicros, 0)
      const json = yield* client.messages(request("sim/echo", "Meter me"), { wire: "json" })
      assert.strictEqual(json.text, result.text)
      assert.deepStrictEqual(json.usage, result.usage)
      assert.strictEqual(json.meta.wire, "json")
    }).pipe(Effect.provide(layer({ budgetUsd: 1 }))))

  it.live("the JSON wire's error envelope in a 200 is typed from its Anthropic type and retried", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const error = yield* Effect.flip(client.messages(request("sim/mid-stream-error"), { wire: "json" }))
      assert.strictEqual(error._tag, "ProviderError")
      assert.strictEqual((yield* sim.requests).length, 3)
    }).pipe(Effect.provide(layer({ retries: 2 }))))

  it.live("an invalid request fails before sending, naming the field", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const error = yield* Effect.flip(client.messages({ model: "sim/echo", max_tokens: 10 } as never))
      assert.strictEqual(error._tag, "InvalidRequestError")
      if (error._tag === "InvalidRequestError") assert.strictEqual(error.field, "messages")
      assert.strictEqual((yield* sim.requests).length, 0)
    }).pipe(Effect.provide(layer())))
})
