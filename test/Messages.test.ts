/**
 * The Messages API (Anthropic-compatible): the spec's examples decode (plus unknown fields and
 * enum values, kept), the accumulator folds text, thinking, tool input deltas and usage.
 */
import { assert, describe, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Messages from "../src/Messages.js"
import * as MessagesStream from "../src/MessagesStream.js"
import { classify } from "../src/OpenRouterError.js"

const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures", "responses-and-messages-spec.json"), "utf8")
) as {
  readonly messages: {
    readonly request: unknown
    readonly response: unknown
    readonly result: unknown
    readonly events: Readonly<Record<string, unknown>>
    readonly stream: { readonly data: unknown; readonly event: string }
    readonly errors: Readonly<Record<string, unknown>>
  }
}

const decodeMessage = Schema.decodeUnknownEither(Messages.Message, { onExcessProperty: "preserve" })
const decodeRequest = Schema.decodeUnknownEither(Messages.MessagesRequest, { onExcessProperty: "preserve" })

const right = <A, E>(e: Either.Either<A, E>): A => {
  if (Either.isLeft(e)) throw new Error(String(e.left))
  return e.right
}

const sse = (data: unknown, event = "message") => ({ _tag: "Message" as const, event, data: JSON.stringify(data), id: "", retry: undefined })

describe("Messages schemas: the spec's examples", () => {
  it("the request and both message examples decode, every field kept", () => {
    right(decodeRequest(spec.messages.request))
    for (const body of [spec.messages.response, spec.messages.result]) {
      const decoded = right(decodeMessage(body))
      assert.deepStrictEqual(JSON.parse(JSON.stringify(decoded)), body)
      assert.strictEqual(decoded.stop_reason, "end_turn")
    }
  })

  it("every event example of the spec decodes with its tag, every field kept", () => {
    const types = Object.keys(spec.messages.events)
    assert.strictEqual(types.length, 8)
    for (const type of types) {
      const json = spec.messages.events[type]
      const event = right(MessagesStream.decodeEvent(json))
      assert.notStrictEqual(event._tag, "Unknown", type)
      const { _tag, ...rest } = event as { readonly _tag: string }
      assert.deepStrictEqual(JSON.parse(JSON.stringify(rest)), json, type)
    }
    assert.strictEqual(right(MessagesStream.decodeEvent(spec.messages.stream.data))._tag, "ContentBlockDelta")
  })

  it("the spec's error envelopes classify by their Anthropic type", () => {
    for (const [status, body] of Object.entries(spec.messages.errors)) {
      const error = classify({ status: Number(status), body })
      assert.strictEqual(error.status, Number(status))
      assert.isString(error.message)
    }
    assert.strictEqual(classify({ status: 429, body: spec.messages.errors["429"] })._tag, "RateLimitError")
    assert.strictEqual(classify({ status: 401, body: spec.messages.errors["401"] })._tag, "AuthenticationError")
  })

  it("an unknown field, stop reason, block type, delta type and event type are kept", () => {
    const body = {
      ...(spec.messages.result as object),
      stop_reason: "took_a_nap",
      brand_new: [1, 2],
      content: [{ type: "hologram", beam: 3 }]
    }
    const decoded = right(decodeMessage(body))
    assert.strictEqual(decoded.stop_reason, "took_a_nap")
    assert.deepStrictEqual((decoded as Record<string, unknown>)["brand_new"], [1, 2])
    assert.deepStrictEqual<unknown>(decoded.content?.[0], { type: "hologram", beam: 3 })
    const delta = right(MessagesStream.decodeEvent({ type: "content_block_delta", index: 0, delta: { type: "hologram_delta", beam: 1 } }))
    assert.strictEqual(delta._tag, "ContentBlockDelta")
    const future = { type: "message_hologram", x: 1 }
    assert.deepStrictEqual(right(MessagesStream.decodeEvent(future)), { _tag: "Unknown", type: future.type, raw: future })
  })
})

describe("MessagesStream.Accumulator", () => {
  it("folds thinking with its signature, text, tool input deltas and the merged usage with cost", () => {
    const acc = new MessagesStream.Accumulator()
    const out: Array<MessagesStream.MessagesStreamEvent> = []
    const feed = (data: unknown) => assert.isUndefined(acc.onMessage(sse(data, String((data as { type: string }).type)), out, {}))
    feed(spec.messages.events["message_start"])
    feed({ type: "content_block_start", index: 0, content_block: { type: "thinking", thinking: "", signature: "" } })
    feed({ type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "Let me " } })
    feed({ type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "think." } })
    feed({ type: "content_block_delta", index: 0, delta: { type: "signature_delta", signature: "sig" } })
    feed({ type: "content_block_stop", index: 0 })
    feed({ type: "ping" })
    feed({ type: "content_block_start", index: 1, content_block: { type: "text", text: "" } })
    feed({ type: "content_block_delta", index: 1, delta: { type: "text_delta", text: "Hello" } })
    feed({ type: "content_block_stop", index: 1 })
    feed({ type: "content_block_start", index: 2, content_block: { type: "tool_use", id: "toolu_1", name: "get_weather", input: {} } })
    feed({ type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: "{\"city\": \"Pa" } })
    const partial = acc.partial()
    assert.strictEqual(partial.text, "Hello")
    assert.strictEqual(partial.toolCalls[0]?.function.arguments, "{\"city\": \"Pa")
    feed({ type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: "ris\"}" } })
    feed({ type: "content_block_stop", index: 2 })
    feed({ ...(spec.messages.events["message_delta"] as object), delta: { stop_reason: "tool_use", stop_sequence: null }, usage: { output_tokens: 15, input_tokens: null, cost: 0.0003 } })
    assert.isFalse(acc.terminal)
    feed({ type: "message_stop" })
    assert.isTrue(acc.terminal)
    const c = acc.completion()
    assert.strictEqual(c.text, "Hello")
    assert.strictEqual(c.reasoning, "Let me think.")
    assert.deepStrictEqual(c.toolCalls, [{ id: "toolu_1", type: "function", function: { name: "get_weather", arguments: "{\"city\":\"Paris\"}" } }])
    assert.strictEqual(c.finishReason, "tool_calls")
    assert.strictEqual(c.nativeFinishReason, "tool_use")
    assert.strictEqual(c.usage?.prompt_tokens, 12)
    assert.strictEqual(c.usage?.completion_tokens, 15)
    assert.strictEqual(c.usage?.cost, 0.0003)
    const message = acc.message()
    assert.strictEqual(message?.content?.[0]?.signature, "sig")
    assert.deepStrictEqual(message?.content?.[2]?.input, { city: "Paris" })
  })

  it("an error event, and an SSE `event: error` of whatever shape, end the stream with a typed error", () => {
    const out: Array<MessagesStream.MessagesStreamEvent> = []
    const overloaded = new MessagesStream.Accumulator().onMessage(sse(spec.messages.events["error"], "error"), out, {})
    assert.strictEqual(overloaded?._tag, "NoProviderAvailableError")
    assert.strictEqual(overloaded?.message, "Overloaded")
    const bare = new MessagesStream.Accumulator().onMessage(sse({ message: "Rate limited", type: "rate_limit_error" }, "error"), out, {})
    assert.strictEqual(bare?._tag, "RateLimitError")
    const text = new MessagesStream.Accumulator().onMessage({ ...sse({}, "error"), data: "upstream gone" }, out, {})
    assert.strictEqual(text?.message, "upstream gone")
  })

  it("a JSON message is adopted into the same events and completion", () => {
    const acc = new MessagesStream.Accumulator()
    const out: Array<MessagesStream.MessagesStreamEvent> = []
    assert.isUndefined(acc.adopt(spec.messages.response, out, {}))
    assert.deepStrictEqual(out.map((e) => e._tag), ["MessageStart", "ContentBlockStart", "ContentBlockStop", "MessageDelta", "MessageStop"])
    assert.isTrue(acc.terminal)
    const c = acc.completion()
    assert.strictEqual(c.text, "I'm doing well, thank you for asking! How can I help you today?")
    assert.strictEqual(c.usage?.total_tokens, 30)
    assert.strictEqual(c.finishReason, "stop")
  })
})
