/**
 * The stream wire loses nothing (issue 10, items 1, 2 and 4): tool calls are accumulated by
 * `index`, the folded result carries the response in the JSON wire's shape (unknown fields, audio,
 * logprobs, fingerprint and service tier included) and equals the JSON-wire decode of the same
 * completion field for field, and `StreamInterrupted` carries a typed `reason` and `partial`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Duration, Effect, Either, FastCheck as fc, Schema, Stream } from "effect"
import { ChatCompletion } from "../src/ChatCompletion.js"
import { completion, fromCompletion } from "../src/ChatResult.js"
import * as ChatStream from "../src/ChatStream.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { RateLimitError, StreamInterrupted } from "../src/OpenRouterError.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { userMessage } from "./helpers.js"

type Json = Record<string, unknown>

const req = { model: "a/model", messages: userMessage(), max_tokens: 50 }
const base = { id: "gen-s", model: "a/model", object: "chat.completion.chunk", created: 7 }

const decodeCompletion = Schema.decodeUnknownSync(ChatCompletion, { onExcessProperty: "preserve" })

/** Folds SSE chunk objects through the real decoder (SSE parser, fast path, schema, accumulator). */
const foldSse = (chunks: ReadonlyArray<unknown>) =>
  Effect.gen(function*() {
    const text = chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n"
    const { state, stream } = ChatStream.decodeEvents()(Stream.make(new TextEncoder().encode(text)))
    const events = Chunk.toReadonlyArray(yield* Stream.runCollect(stream))
    return { accumulator: state.accumulator, events }
  })

// =============================================================================
// Item 1: tool calls sharing an id
// =============================================================================

const sharedIdChunks = [
  { ...base, choices: [{ index: 0, delta: { role: "assistant", content: null }, finish_reason: null }] },
  { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "call_dup", type: "function", function: { name: "lookup", arguments: "{\"q\":" } }] }, finish_reason: null }] },
  { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 1, id: "call_dup", type: "function", function: { name: "lookup", arguments: "{\"q\":" } }] }, finish_reason: null }] },
  { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "call_dup", function: { arguments: "\"a\"}" } }] }, finish_reason: null }] },
  { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 1, function: { arguments: "\"b\"}" } }] }, finish_reason: null }] }
]
const sharedIdFinish = { ...base, choices: [{ index: 0, delta: {}, finish_reason: "tool_calls" }] }
const callsOf = (calls: ReadonlyArray<{ readonly id: string; readonly function: { readonly name: string; readonly arguments: string } }>) =>
  calls.map((c) => [c.id, c.function.name, c.function.arguments])

describe("tool calls that share an id at different indexes stay two calls (issue 10.1)", () => {
  it.effect("the accumulator keeps them apart by index; each one's arguments are one JSON object", () =>
    Effect.gen(function*() {
      const { accumulator, events } = yield* foldSse([...sharedIdChunks, sharedIdFinish])
      const expected = [["call_dup", "lookup", "{\"q\":\"a\"}"], ["call_dup", "lookup", "{\"q\":\"b\"}"]]
      assert.deepStrictEqual(callsOf(accumulator.completion().toolCalls), expected)
      assert.deepStrictEqual(callsOf(accumulator.raw()?.choices[0]?.message.tool_calls ?? []), expected)
      assert.deepStrictEqual(
        events.flatMap((e) => (e._tag === "ToolCallDelta" ? [e.index] : [])),
        [0, 1, 0, 1]
      )
    }))

  it.effect("a fragment without an index still falls back to the id", () =>
    Effect.gen(function*() {
      const { accumulator } = yield* foldSse([
        { ...base, choices: [{ index: 0, delta: { tool_calls: [{ id: "a", function: { name: "f", arguments: "{\"x\":" } }] } }] },
        { ...base, choices: [{ index: 0, delta: { tool_calls: [{ id: "b", function: { name: "g", arguments: "{}" } }] } }] },
        { ...base, choices: [{ index: 0, delta: { tool_calls: [{ id: "a", function: { arguments: "1}" } }] }, finish_reason: "tool_calls" }] }
      ])
      assert.deepStrictEqual(callsOf(accumulator.completion().toolCalls), [["a", "f", "{\"x\":1}"], ["b", "g", "{}"]])
    }))

  it.effect("chat() on the stream wire, Done.result and StreamInterrupted.partial all return two calls", () =>
    Effect.gen(function*() {
      const expected = [["call_dup", "lookup", "{\"q\":\"a\"}"], ["call_dup", "lookup", "{\"q\":\"b\"}"]]
      const complete = OpenRouterTest.sse([...sharedIdChunks, sharedIdFinish])
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
        Effect.provide(OpenRouterTest.layer([complete]))
      )
      assert.deepStrictEqual(callsOf(result.toolCalls), expected)
      const done = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runLast(c.chatStream(req))).pipe(
        Effect.provide(OpenRouterTest.layer([complete]))
      )
      assert.isTrue(done._tag === "Some" && done.value._tag === "Done")
      if (done._tag === "Some" && done.value._tag === "Done") assert.deepStrictEqual(callsOf(done.value.result.toolCalls), expected)
      const cut = OpenRouterTest.sse(
        `${sharedIdChunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: ${
          JSON.stringify({ ...base, choices: [], error: { code: 502, message: "upstream died" } })
        }\n\n`
      )
      const failed = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.flip(c.chat(req))).pipe(
        Effect.provide(OpenRouterTest.layer([cut]))
      )
      assert.strictEqual(failed._tag, "StreamInterrupted")
      if (failed._tag === "StreamInterrupted") assert.deepStrictEqual(callsOf(failed.partial.toolCalls), expected)
    }))
})

// =============================================================================
// Item 2: 100 % of the response on the stream wire
// =============================================================================

const text = fc.string({ maxLength: 14 })
const nullable = <A>(arb: fc.Arbitrary<A>) => fc.oneof(arb, fc.constant(null))
const unknownValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.constantFrom("a", "b", "c"), fc.string({ maxLength: 4 }))
)
const token = fc.record({ token: text, logprob: fc.integer({ min: -20, max: 0 }), bytes: fc.array(fc.nat(255), { maxLength: 3 }) })
const detail = fc.oneof(
  fc.record(
    { type: fc.constant("reasoning.text"), text, signature: nullable(text), format: fc.constantFrom("anthropic-claude-v1", "future-v9") },
    { requiredKeys: ["type", "text"] }
  ),
  fc.record({ type: fc.constant("reasoning.encrypted"), data: text, id: text }, { requiredKeys: ["type", "data"] }),
  fc.record({ type: fc.constant("reasoning.summary"), summary: text, x_detail: unknownValue }, { requiredKeys: ["type", "summary"] })
)
const toolCall = fc.record(
  {
    // few ids on purpose: calls sharing an id must stay apart
    id: fc.constantFrom("call_1", "call_2"),
    type: fc.constant("function"),
    function: fc.record({ name: fc.constantFrom("f", "g"), arguments: fc.string({ maxLength: 24 }), x_fn: unknownValue }, {
      requiredKeys: ["name", "arguments"]
    }),
    x_call: unknownValue
  },
  { requiredKeys: ["id", "type", "function"] }
)
const message = fc.record(
  {
    role: fc.constant("assistant"),
    content: nullable(text),
    reasoning: nullable(text),
    refusal: nullable(text),
    // `index` on every block, as OpenRouter sends them: a stream merges fragments by it
    reasoning_details: nullable(fc.array(detail, { maxLength: 3 }).map((ds) => ds.map((d, index) => ({ ...d, index })))),
    tool_calls: nullable(fc.array(toolCall, { maxLength: 3 })),
    annotations: nullable(fc.array(
      fc.record({ type: fc.constantFrom("url_citation", "x-new"), url_citation: fc.record({ url: text, title: text, start_index: fc.nat(), end_index: fc.nat() }) }),
      { maxLength: 2 }
    )),
    images: nullable(fc.array(fc.record({ type: fc.constant("image_url"), image_url: fc.record({ url: text }) }), { maxLength: 2 })),
    audio: nullable(fc.record({ id: text, data: text, transcript: text, expires_at: fc.nat(), format: fc.constantFrom("wav", "pcm16") }, { requiredKeys: [] })),
    x_message: unknownValue
  },
  { requiredKeys: ["role"] }
)
const choice = fc.record(
  {
    message,
    finish_reason: nullable(fc.constantFrom("stop", "length", "tool_calls", "pause_turn")),
    native_finish_reason: nullable(text),
    logprobs: nullable(fc.record({ content: nullable(fc.array(token, { maxLength: 3 })), refusal: fc.array(token, { maxLength: 2 }) }, { requiredKeys: [] })),
    x_choice: unknownValue
  },
  { requiredKeys: ["message", "finish_reason"] }
)
const usage = fc.record(
  {
    prompt_tokens: fc.nat(5000),
    completion_tokens: fc.nat(5000),
    total_tokens: fc.nat(10000),
    cost: fc.nat(100000).map((n) => n / 1e6),
    completion_tokens_details: fc.record({ reasoning_tokens: fc.nat(100) }),
    x_usage: unknownValue
  },
  { requiredKeys: ["prompt_tokens", "completion_tokens", "total_tokens"] }
)
/** A JSON completion (as the JSON wire would receive it), with every field the wire can carry. */
const jsonCompletion = fc.record(
  {
    id: fc.constant("gen-prop"),
    object: fc.constant("chat.completion"),
    created: fc.nat(),
    model: fc.constantFrom("a/model", "b/other"),
    provider: nullable(fc.constantFrom("OpenAI", "Anthropic")),
    system_fingerprint: nullable(text),
    service_tier: nullable(fc.constantFrom("default", "flex", "x-new-tier")),
    usage: nullable(usage),
    openrouter_metadata: nullable(fc.record({ strategy: fc.constantFrom("direct", "x-future"), region: text, x_meta: unknownValue }, { requiredKeys: [] })),
    x_top: unknownValue,
    choices: fc.array(choice, { minLength: 1, maxLength: 2 }).map((cs) => cs.map((c, index) => ({ index, ...c })))
  },
  { requiredKeys: ["id", "object", "created", "model", "choices"] }
)

const pieces = (s: string, size: number): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size))
  return out
}

/**
 * The stream a server would send for `completion`: strings cut into `size`-character pieces,
 * tool-call fragments interleaved by index, one annotation / image / logprob token per chunk,
 * choices interleaved, usage and metadata on a last `choices: []` chunk.
 */
const streamOf = (completion: Json, size: number, sendRole: boolean): Array<Json> => {
  const { choices, object: _object, usage: u, openrouter_metadata: meta, x_top, ...scalars } = completion as Json & {
    readonly choices: ReadonlyArray<Json>
  }
  const head = { ...base, ...scalars, object: "chat.completion.chunk" }
  const perChoice = choices.map((c) => {
    const { finish_reason, index, logprobs, message: m, native_finish_reason, ...choiceExtra } = c as Json & { message: Json }
    const frags: Array<Json> = []
    const first: Json = {}
    const firstChoice: Json = { ...choiceExtra }
    const { audio, images, annotations, reasoning_details, role, tool_calls, ...rest } = m
    for (const [key, value] of Object.entries(rest)) {
      if (key === "content" || key === "reasoning" || key === "refusal") {
        if (value === null || value === "") first[key] = value
        else for (const p of pieces(value as string, size)) frags.push({ delta: { [key]: p } })
      } else first[key] = value
    }
    if (sendRole) first["role"] = role
    for (const [key, value] of Object.entries({ images, annotations })) {
      if (value === undefined) continue
      if (value === null || (value as ReadonlyArray<unknown>).length === 0) first[key] = value
      else for (const item of value as ReadonlyArray<unknown>) frags.push({ delta: { [key]: [item] } })
    }
    if (reasoning_details !== undefined) {
      if (reasoning_details === null || (reasoning_details as ReadonlyArray<Json>).length === 0) first["reasoning_details"] = reasoning_details
      else {
        for (const d of reasoning_details as ReadonlyArray<Json>) {
          const field = ["text", "summary", "data"].find((f) => typeof d[f] === "string") as string
          const [p0 = "", ...more] = pieces(d[field] as string, size)
          frags.push({ delta: { reasoning_details: [{ ...d, [field]: p0 }] } })
          for (const p of more) frags.push({ delta: { reasoning_details: [{ type: d["type"], index: d["index"], [field]: p }] } })
        }
      }
    }
    if (tool_calls !== undefined) {
      if (tool_calls === null || (tool_calls as ReadonlyArray<Json>).length === 0) first["tool_calls"] = tool_calls
      else {
        const perCall = (tool_calls as ReadonlyArray<Json & { function: Json }>).map((call, index) => {
          const [p0 = "", ...more] = pieces(call.function["arguments"] as string, size)
          return [
            { ...call, index, function: { ...call.function, arguments: p0 } },
            ...more.map((p) => ({ index, function: { arguments: p } }))
          ]
        })
        for (let round = 0; perCall.some((l) => l.length > round); round++) {
          for (const l of perCall) {
            const f = l[round]
            if (f !== undefined) frags.push({ delta: { tool_calls: [f] } })
          }
        }
      }
    }
    if (audio !== undefined) {
      if (audio === null) first["audio"] = null
      else {
        const { data, transcript, ...other } = audio as Json
        const d = typeof data === "string" ? pieces(data, size) : []
        const t = typeof transcript === "string" ? pieces(transcript, size) : []
        frags.push({
          delta: {
            audio: {
              ...other,
              ...(data !== undefined ? { data: d[0] ?? "" } : {}),
              ...(transcript !== undefined ? { transcript: t[0] ?? "" } : {})
            }
          }
        })
        for (const p of d.slice(1)) frags.push({ delta: { audio: { data: p } } })
        for (const p of t.slice(1)) frags.push({ delta: { audio: { transcript: p } } })
      }
    }
    if (logprobs !== undefined) {
      if (logprobs === null) firstChoice["logprobs"] = null
      else {
        const empty: Json = {}
        for (const [key, value] of Object.entries(logprobs as Json)) empty[key] = Array.isArray(value) ? [] : value
        firstChoice["logprobs"] = empty
        for (const [key, value] of Object.entries(logprobs as Json)) {
          if (Array.isArray(value)) for (const tok of value) frags.push({ logprobs: { [key]: [tok] } })
        }
      }
    }
    frags.unshift({ delta: first, ...firstChoice })
    const last: Json = { delta: {}, finish_reason }
    if (native_finish_reason !== undefined) last["native_finish_reason"] = native_finish_reason
    frags.push(last)
    return frags.map((f) => ({ index, ...(finish_reason !== undefined && !("finish_reason" in f) ? { finish_reason: null } : {}), delta: {}, ...f }))
  })
  const chunks: Array<Json> = []
  for (let round = 0; perChoice.some((l) => l.length > round); round++) {
    const cs = perChoice.flatMap((l) => (l[round] !== undefined ? [l[round]] : []))
    chunks.push({ ...head, ...(round === 0 && x_top !== undefined ? { x_top } : {}), choices: cs })
  }
  const tail: Json = { ...head, choices: [] }
  if (u !== undefined) tail["usage"] = u
  if (meta !== undefined) tail["openrouter_metadata"] = meta
  if (u !== undefined || meta !== undefined) chunks.push(tail)
  return chunks
}

describe("the stream wire keeps 100% of the response (issue 10.2)", () => {
  it.prop(
    "a folded stream equals the JSON-wire decode of the same completion, field for field",
    [jsonCompletion, fc.integer({ min: 1, max: 6 }), fc.boolean()],
    ([generated, size, sendRole]) => {
      const wire = JSON.parse(JSON.stringify(generated)) as Json
      const expected = decodeCompletion(wire)
      // the decoder `chatStream` and `chat` run on (SSE parser, fast path, schema, accumulator)
      const decoder = ChatStream.makeDecoder({})
      const sse = streamOf(wire, size, sendRole).map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n"
      assert.isUndefined(decoder.feed(new TextEncoder().encode(sse)).failure)
      assert.isTrue(decoder.state.done)
      const accumulator = decoder.state.accumulator
      assert.deepStrictEqual(accumulator.raw() as unknown, expected as unknown)
      assert.deepStrictEqual(accumulator.completion(), fromCompletion(expected))
    },
    { fastCheck: { numRuns: 200 } }
  )

  it.effect("chat() on the stream wire returns what chat(…, { wire: \"json\" }) returns, raw included", () =>
    Effect.gen(function*() {
      // One client for every sample (building a layer per run costs more than the calls).
      const current: { body: Json; chunks: ReadonlyArray<Json> } = { body: {}, chunks: [] }
      const layer = OpenRouterTest.layer((request) =>
        (request.body as { readonly stream?: unknown }).stream === true
          ? OpenRouterTest.sse(current.chunks)
          : OpenRouterTest.json(current.body)
      )
      const client = yield* Effect.provide(OpenRouter.OpenRouter, layer)
      for (const [generated, size] of fc.sample(fc.tuple(jsonCompletion, fc.integer({ min: 1, max: 6 })), 25)) {
        const wire = JSON.parse(JSON.stringify(generated)) as Json
        current.body = wire
        current.chunks = streamOf(wire, size, true)
        const fromStream = yield* Effect.either(client.chat(req))
        const fromJson = yield* Effect.either(client.chat(req, { wire: "json" }))
        if (Either.isRight(fromJson)) {
          assert.isTrue(Either.isRight(fromStream), Either.isLeft(fromStream) ? fromStream.left.message : "")
          if (Either.isRight(fromStream)) {
            assert.deepStrictEqual(completion(fromStream.right), completion(fromJson.right))
            assert.deepStrictEqual(fromStream.right.raw as unknown, fromJson.right.raw as unknown)
            assert.strictEqual(fromStream.right.meta.wire, "stream")
          }
        } else {
          // An answer the JSON wire refuses (e.g. only a content filter) is refused on both.
          assert.isTrue(Either.isLeft(fromStream) && fromStream.left._tag === fromJson.left._tag)
        }
      }
    }))

  it.effect("audio, logprobs, system_fingerprint, service_tier and unknown fields survive chat() on the stream wire", () =>
    Effect.gen(function*() {
      const chunks = [
        { ...base, system_fingerprint: "fp_1", service_tier: "flex", x_chunk: { keep: true }, choices: [{ index: 0, delta: { role: "assistant", content: "Hi", audio: { id: "au_1", data: "AAA", transcript: "Hi" }, x_delta: 1 }, finish_reason: null, logprobs: { content: [{ token: "Hi", logprob: -0.5, bytes: [72, 105] }] }, x_choice: "c" }] },
        { ...base, system_fingerprint: "fp_1", choices: [{ index: 0, delta: { content: "!", audio: { data: "BBB", transcript: "!" } }, finish_reason: "stop", logprobs: { content: [{ token: "!", logprob: -1 }] } }] },
        { ...base, choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3, cost: 0.5 } }
      ]
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
        Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(chunks)]))
      )
      const raw = result.raw
      assert.isDefined(raw)
      assert.deepStrictEqual(raw as unknown, {
        id: "gen-s",
        object: "chat.completion",
        created: 7,
        model: "a/model",
        system_fingerprint: "fp_1",
        service_tier: "flex",
        x_chunk: { keep: true },
        usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3, cost: 0.5 },
        choices: [{
          index: 0,
          finish_reason: "stop",
          x_choice: "c",
          logprobs: { content: [{ token: "Hi", logprob: -0.5, bytes: [72, 105] }, { token: "!", logprob: -1 }] },
          message: { role: "assistant", content: "Hi!", audio: { id: "au_1", data: "AAABBB", transcript: "Hi!" }, x_delta: 1 }
        }]
      })
      assert.strictEqual(result.text, "Hi!")
    }))
})

// =============================================================================
// Item 4: StreamInterrupted is typed
// =============================================================================

describe("StreamInterrupted carries a typed reason and partial (issue 10.4)", () => {
  const late = (error: Json) =>
    OpenRouterTest.sse(
      `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "Half" }, finish_reason: null }] })}\n\n` +
        `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "error" }], error })}\n\n`
    )

  it.effect("reason is the tagged error with status, code, provider and retry-after; the message is the reason's own", () =>
    Effect.gen(function*() {
      const failed = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.flip(c.chat(req))).pipe(
        Effect.provide(OpenRouterTest.layer([
          late({ code: 429, message: "Provider is rate limited", metadata: { provider_name: "Fireworks" }, availability: { retry_after: 7 } })
        ]))
      )
      if (failed._tag !== "StreamInterrupted") return assert.fail(`expected StreamInterrupted, got ${failed._tag}`)
      // No casts: `reason` and `partial` are typed.
      const reason = failed.reason
      assert.strictEqual(reason._tag, "RateLimitError")
      if (reason._tag === "RateLimitError") {
        assert.strictEqual(reason.status, 429)
        assert.strictEqual(reason.code, 429)
        assert.strictEqual(reason.providerName, "Fireworks")
        assert.deepStrictEqual(reason.retryAfter, Duration.seconds(7))
      }
      assert.strictEqual(failed.message, "Provider is rate limited")
      assert.strictEqual(failed.message, reason.message)
      assert.strictEqual(failed.partial.text, "Half")
      assert.strictEqual(failed.partial.raw?.choices[0]?.message.content, "Half")
      assert.strictEqual(failed.partial.raw?.choices[0]?.finish_reason, "error")
    }))

  it.effect("a cut body gives reason TransportError; catchTag narrows without casts", () =>
    Effect.gen(function*() {
      const cut = OpenRouterTest.sse([{ ...base, choices: [{ index: 0, delta: { content: "one " }, finish_reason: null }] }], {
        done: false
      })
      const summary = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
        Effect.map((r) => r.text),
        Effect.catchTag("StreamInterrupted", (e) => Effect.succeed(`${e.reason._tag}: ${e.partial.text}| ${e.message}`)),
        Effect.provide(OpenRouterTest.layer([cut]))
      )
      assert.strictEqual(summary, "TransportError: one | The stream ended without [DONE] and without a finish reason")
    }))

  it("encodes and decodes through its schema: the reason comes back as its own class", () => {
    const accumulator = new ChatStream.Accumulator()
    accumulator.push({ ...base, choices: [{ index: 0, delta: { content: "Hi" }, finish_reason: null }] }, [])
    const error = new StreamInterrupted({
      message: "slow down",
      partial: accumulator.partial(),
      reason: new RateLimitError({ message: "slow down", status: 429, retryAfter: Duration.seconds(2) })
    })
    const back = Schema.decodeUnknownSync(StreamInterrupted)(JSON.parse(JSON.stringify(Schema.encodeSync(StreamInterrupted)(error))))
    assert.instanceOf(back.reason, RateLimitError)
    assert.deepStrictEqual(back.reason._tag === "RateLimitError" ? back.reason.retryAfter : undefined, Duration.seconds(2))
    assert.strictEqual(back.partial.text, "Hi")
    assert.strictEqual(back.partial.raw?.choices[0]?.message.content, "Hi")
  })
})
