import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Either, FastCheck as fc, Schema, Stream } from "effect"
import { ChatChunk } from "../src/ChatChunk.js"
import * as ChatStream from "../src/ChatStream.js"
import { fastChunk } from "../src/internal/fastChunk.js"

const base = { id: "gen-1", model: "m/x", object: "chat.completion.chunk", created: 1 }
const chunkOf = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ ...base, choices: [{ index: 0, delta, finish_reason: null }], ...extra }) as unknown as ChatChunk

const fold = (chunks: ReadonlyArray<ChatChunk>) => {
  const acc = new ChatStream.Accumulator()
  const events: Array<ChatStream.ChatStreamEvent> = []
  for (const c of chunks) acc.push(c, events)
  return { completion: acc.completion(), events }
}

describe("Accumulator", () => {
  it("a \"__proto__\" field a server sends is kept as a plain field of raw, never its prototype", () => {
    const acc = new ChatStream.Accumulator()
    acc.push(JSON.parse(
      `{"id":"gen-1","model":"m/x","object":"chat.completion.chunk","created":1,"__proto__":{"top":1},` +
        `"choices":[{"index":0,"__proto__":{"choice":1},"delta":{"role":"assistant","content":"hi","__proto__":{"message":1}},"finish_reason":"stop"}]}`
    ) as ChatChunk, [])
    const raw = acc.raw() as unknown as Record<string, unknown>
    const choice = (raw["choices"] as Array<Record<string, unknown>>)[0] as Record<string, unknown>
    const message = choice["message"] as Record<string, unknown>
    for (const [value, field] of [[raw, "top"], [choice, "choice"], [message, "message"]] as const) {
      assert.strictEqual(Object.getPrototypeOf(value), Object.prototype)
      assert.deepStrictEqual(Object.getOwnPropertyDescriptor(value, "__proto__")?.value, { [field]: 1 })
    }
    assert.include(JSON.stringify(raw), `"__proto__":{"top":1}`)
    assert.strictEqual(acc.partial().text, "hi")
  })

  it("tool calls by index: id and name from the first delta, arguments concatenated", () => {
    const { completion, events } = fold([
      chunkOf({ tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "f", arguments: "" } }] }),
      chunkOf({ tool_calls: [{ index: 1, id: "call_b", type: "function", function: { name: "g", arguments: "{\"y\"" } }] }),
      chunkOf({ tool_calls: [{ index: 0, function: { arguments: "{\"x\":" } }] }),
      chunkOf({ tool_calls: [{ index: 1, function: { arguments: ":2}" } }] }),
      chunkOf({ tool_calls: [{ index: 0, type: "function", function: { arguments: "1}" } }] })
    ])
    assert.deepStrictEqual(completion.toolCalls.map((t) => [t.id, t.function.name, t.function.arguments]), [
      ["call_a", "f", "{\"x\":1}"],
      ["call_b", "g", "{\"y\":2}"]
    ])
    assert.strictEqual(events.filter((e) => e._tag === "ToolCallDelta").length, 5)
  })

  it("a delta repeating the same id does not start a new call; a reused index with a new id does", () => {
    const { completion } = fold([
      chunkOf({ tool_calls: [{ index: 0, id: "a", function: { name: "f", arguments: "{" } }] }),
      chunkOf({ tool_calls: [{ index: 0, id: "a", function: { arguments: "}" } }] }),
      chunkOf({ tool_calls: [{ index: 0, id: "b", function: { name: "g", arguments: "[]" } }] })
    ])
    assert.deepStrictEqual(completion.toolCalls.map((t) => [t.id, t.function.name, t.function.arguments]), [
      ["a", "f", "{}"],
      ["b", "g", "[]"]
    ])
  })

  it("tool calls without index are matched by id", () => {
    const { completion } = fold([
      chunkOf({ tool_calls: [{ id: "a", function: { name: "f", arguments: "{\"a\":" } }] }),
      chunkOf({ tool_calls: [{ id: "a", function: { arguments: "1}" } }] })
    ])
    assert.deepStrictEqual(completion.toolCalls.map((t) => t.function.arguments), ["{\"a\":1}"])
  })

  it("reasoning_details merged by index, verbatim otherwise (signature and encrypted data kept)", () => {
    const { completion } = fold([
      chunkOf({ reasoning: "Let ", reasoning_details: [{ type: "reasoning.text", text: "Let ", index: 0, format: "anthropic-claude-v1" }] }),
      chunkOf({ reasoning: "me", reasoning_details: [{ type: "reasoning.text", text: "me", index: 0 }] }),
      chunkOf({ reasoning_details: [{ type: "reasoning.text", signature: "sig==", index: 0 }] }),
      chunkOf({ reasoning_details: [{ type: "reasoning.encrypted", data: "ENC", index: 1, id: "r1" }] }),
      chunkOf({ reasoning_details: [{ type: "reasoning.summary", summary: "s", extra_future: { a: 1 } }] })
    ])
    assert.strictEqual(completion.reasoning, "Let me")
    assert.deepStrictEqual(completion.reasoningDetails as unknown, [
      { type: "reasoning.text", text: "Let me", index: 0, format: "anthropic-claude-v1", signature: "sig==" },
      { type: "reasoning.encrypted", data: "ENC", index: 1, id: "r1" },
      { type: "reasoning.summary", summary: "s", extra_future: { a: 1 } }
    ])
  })

  it("last non-null finish reason wins; usage from the last chunk carrying it", () => {
    const { completion } = fold([
      chunkOf({ content: "a" }),
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop", native_finish_reason: "end_turn" }] } as unknown as ChatChunk,
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: null }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } } as unknown as ChatChunk,
      { ...base, choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3, cost: 0.1 } } as unknown as ChatChunk
    ])
    assert.strictEqual(completion.finishReason, "stop")
    assert.strictEqual(completion.nativeFinishReason, "end_turn")
    assert.strictEqual(completion.usage?.total_tokens, 3)
  })

  it("annotations and images accumulate", () => {
    const { completion, events } = fold([
      chunkOf({ annotations: [{ type: "url_citation", url_citation: { url: "u", title: "t", start_index: 0, end_index: 1 } }] }),
      chunkOf({ images: [{ type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }] })
    ])
    assert.strictEqual(completion.annotations.length, 1)
    assert.strictEqual(completion.images.length, 1)
    assert.deepStrictEqual(events.map((e) => e._tag), ["Annotations", "Images"])
  })

  it("empty content and empty reasoning_details are not content events", () => {
    const { events } = fold([chunkOf({ role: "assistant", content: "", reasoning: null, reasoning_details: [] })])
    assert.strictEqual(events.length, 0)
  })
})

describe("fastChunk agrees with the ChatChunk schema", () => {
  const decode = Schema.decodeUnknownEither(ChatChunk, { onExcessProperty: "preserve" })
  const optString = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer())
  const delta = fc.record({
    role: optString,
    content: optString,
    reasoning: optString,
    reasoning_details: fc.oneof(fc.constant(undefined), fc.constant([]), fc.constant([{ type: "reasoning.text", text: "x" }])),
    tool_calls: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant([{ index: 0, function: { arguments: "{" } }])),
    future: fc.oneof(fc.constant(undefined), fc.anything())
  }, { requiredKeys: [] })
  const chunk = fc.record({
    id: fc.oneof(fc.string(), fc.integer()),
    object: fc.constant("chat.completion.chunk"),
    created: fc.oneof(fc.integer(), fc.string()),
    model: fc.string(),
    provider: optString,
    choices: fc.array(fc.record({
      index: fc.oneof(fc.nat(), fc.constant("0")),
      delta,
      finish_reason: optString,
      native_finish_reason: optString
    }, { requiredKeys: ["delta"] }), { maxLength: 2 }),
    usage: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }))
  }, { requiredKeys: ["object", "model"] })

  it.prop("fast path accepts only what the schema accepts, unchanged", [chunk], ([value]) => {
    const clean = JSON.parse(JSON.stringify(value)) as unknown
    const fast = fastChunk(clean)
    const full = decode(clean)
    if (fast !== undefined) {
      assert.isTrue(Either.isRight(full))
      if (Either.isRight(full)) assert.deepStrictEqual(full.right as unknown, clean)
    }
  }, { fastCheck: { numRuns: 2000 } })
})

describe("makeDecoder firstContentAlone", () => {
  const sse = (...items: ReadonlyArray<unknown>) =>
    new TextEncoder().encode(items.map((i) => (typeof i === "string" ? `${i}\n\n` : `data: ${JSON.stringify(i)}\n\n`)).join(""))
  const tags = (events: ReadonlyArray<ChatStream.ChatStreamEvent>) =>
    events.map((e) => (e._tag === "TextDelta" ? `text:${e.text}` : e._tag))

  it("hands over the first content event alone; the rest of its read comes with the next flush, in order", () => {
    const d = ChatStream.makeDecoder({ firstContentAlone: true })
    const bad = { ...base, choices: [], error: { code: 502, message: "upstream" } }
    const first = d.feed(sse(": OPENROUTER PROCESSING", chunkOf({ role: "assistant", content: "" }), chunkOf({ content: "a" }), chunkOf({ content: "b" }), bad, "data: [DONE]"))
    assert.deepStrictEqual(tags(first.events), ["text:a"])
    assert.isUndefined(first.failure)
    assert.isTrue(d.holding)
    assert.isFalse(d.state.done)
    const rest = d.flush()
    assert.deepStrictEqual(tags(rest.events), ["text:b"])
    assert.strictEqual(rest.failure?._tag, "ProviderError")
    assert.isFalse(d.holding)
    assert.strictEqual(d.state.accumulator.completion().text, "ab")
  })

  it("later reads are decoded whole; held events go before the next read's", () => {
    const d = ChatStream.makeDecoder({ firstContentAlone: true })
    assert.deepStrictEqual(tags(d.feed(sse(chunkOf({ content: "a" }), chunkOf({ content: "b" }))).events), ["text:a"])
    assert.deepStrictEqual(tags(d.feed(sse(chunkOf({ content: "c" }), chunkOf({ content: "d" }), "data: [DONE]")).events), [
      "text:b",
      "text:c",
      "text:d"
    ])
    assert.isTrue(d.state.done)
    assert.deepStrictEqual(d.end().events, [])
  })

  it("end() decodes what is held", () => {
    const d = ChatStream.makeDecoder({ firstContentAlone: true })
    d.feed(sse(chunkOf({ content: "a" }), chunkOf({ content: "b" })))
    assert.deepStrictEqual(tags(d.end().events), ["text:b"])
  })
})

describe("decodeEvents", () => {
  const body = (text: string) => Stream.make(new TextEncoder().encode(text))
  it.effect("events before an error chunk are delivered, then the typed error", () =>
    Effect.gen(function*() {
      const text = `data: ${JSON.stringify(chunkOf({ content: "hi" }))}\n\ndata: ${JSON.stringify({ ...base, choices: [], error: { code: 429, message: "slow" } })}\n\n`
      const { stream } = ChatStream.decodeEvents()(body(text))
      const events: Array<ChatStream.ChatStreamEvent> = []
      const result = yield* stream.pipe(Stream.runForEach((e) => Effect.sync(() => events.push(e))), Effect.either)
      assert.deepStrictEqual(events.map((e) => e._tag), ["TextDelta"])
      assert.isTrue(Either.isLeft(result) && result.left._tag === "RateLimitError")
    }))

  it.effect("an oversize event fails with SseLimitExceeded", () =>
    Effect.gen(function*() {
      const { stream } = ChatStream.decodeEvents({ maxEventBytes: 64 })(body(`data: ${"x".repeat(200)}\n\n`))
      const result = yield* Effect.either(Stream.runCollect(stream))
      assert.isTrue(Either.isLeft(result) && result.left._tag === "SseLimitExceeded")
    }))

  it.effect("stops reading after [DONE]", () =>
    Effect.gen(function*() {
      const { stream, state } = ChatStream.decodeEvents()(body(`data: ${JSON.stringify(chunkOf({ content: "a" }))}\n\ndata: [DONE]\n\ndata: {bad\n\n`))
      const events = Chunk.toReadonlyArray(yield* Stream.runCollect(stream))
      assert.strictEqual(events.length, 1)
      assert.isTrue(state.done)
    }))
})
