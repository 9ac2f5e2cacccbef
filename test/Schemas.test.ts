import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Credits, CreditsResponse, KeyResponse } from "../src/Account.js"
import { ChatChunk } from "../src/ChatChunk.js"
import { ChatCompletion, FinishReason, ReasoningDetail } from "../src/ChatCompletion.js"
import { ChatRequest, Message, type PassThroughFields, Plugin, Tool } from "../src/ChatRequest.js"
import { EmbeddingsRequest, EmbeddingsResponse } from "../src/Embeddings.js"
import { GenerationResponse } from "../src/Generation.js"
import { openLiteral, tolerant } from "../src/internal/schema.js"
import { Model, ModelsQuery, ModelsResponse } from "../src/Model.js"
import { Usage } from "../src/Usage.js"

// -----------------------------------------------------------------------------
// fixtures
// -----------------------------------------------------------------------------

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures")

interface Envelope {
  readonly response: { readonly status: number; readonly body?: unknown; readonly bodyText?: string }
}

interface IndexEntry {
  readonly file: string
  readonly expect: Record<string, unknown>
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(fixturesDir, file), "utf8"))

const envelope = (file: string): Envelope => readJson(file) as Envelope

const listJson = (dir: string): ReadonlyArray<string> =>
  fs
    .readdirSync(path.join(fixturesDir, dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${dir}/${name}`)

const fixtureIndex = (readJson("index.json") as { readonly fixtures: ReadonlyArray<IndexEntry> }).fixtures

const expectOf = (file: string): Record<string, unknown> => fixtureIndex.find((entry) => entry.file === file)?.expect ?? {}

/** The JSON payloads of the `data:` lines of an SSE body, without `[DONE]`. */
const dataPayloads = (bodyText: string): ReadonlyArray<unknown> =>
  bodyText
    .split(/\r?\n/)
    .filter((line) => line.startsWith("data: "))
    .map((line) => line.slice("data: ".length))
    .filter((data) => data.trim() !== "[DONE]")
    .map((data) => JSON.parse(data) as unknown)

const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A

/** Decodes, asserts the decoded value is deep-equal to the input, and that encoding gives it back. */
const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown) =>
  Effect.gen(function*() {
    const decoded = yield* Schema.decodeUnknown(schema)(input)
    assert.deepStrictEqual(decoded, input as A)
    const encoded = yield* Schema.encode(schema)(decoded)
    assert.deepStrictEqual(encoded, input as I)
    assert.deepStrictEqual(JSON.parse(JSON.stringify(encoded)), input)
    return decoded
  })

describe("fixtures decode faithfully", () => {
  describe("chat completions", () => {
    for (const file of listJson("chat")) {
      it.effect(file, () =>
        Effect.gen(function*() {
          const body = envelope(file).response.body
          const completion = yield* roundTrip(ChatCompletion, body)
          const expected = expectOf(file)
          assert.strictEqual(completion.id, expected["id"])
          assert.strictEqual(completion.model, expected["model"])
          assert.strictEqual(completion.provider ?? null, expected["provider"] ?? null)
          assert.strictEqual(completion.choices[0]?.finish_reason, expected["finishReason"])
          if (typeof expected["text"] === "string") {
            assert.strictEqual(completion.choices[0]?.message.content, expected["text"])
          }
        }))
    }
  })

  describe("stream chunks", () => {
    for (const file of listJson("stream")) {
      it.effect(file, () =>
        Effect.gen(function*() {
          const bodyText = envelope(file).response.bodyText
          assert.isString(bodyText)
          const payloads = dataPayloads(bodyText ?? "")
          assert.isAbove(payloads.length, 0)
          const chunks: Array<ChatChunk> = []
          for (const payload of payloads) {
            chunks.push(yield* roundTrip(ChatChunk, payload))
          }
          const expected = expectOf(file)
          let text = ""
          let finishReason: FinishReason | null = null
          for (const chunk of chunks) {
            assert.strictEqual(chunk.id, expected["id"])
            for (const choice of chunk.choices) {
              text += choice.delta.content ?? ""
              if (choice.finish_reason != null) finishReason = choice.finish_reason
            }
          }
          if (typeof expected["text"] === "string") assert.strictEqual(text, expected["text"])
          assert.strictEqual(finishReason, expected["finishReason"])
        }))
    }

    it.effect("the mid-stream error chunk exposes the error", () =>
      Effect.gen(function*() {
        const payloads = dataPayloads(envelope("stream/mid-stream-error-documented.sse.json").response.bodyText ?? "")
        const last = yield* Schema.decodeUnknown(ChatChunk)(payloads[payloads.length - 1])
        assert.strictEqual(last.error?.code, 502)
        assert.strictEqual(last.error?.message, "Provider disconnected unexpectedly")
        assert.strictEqual(last.error?.metadata?.error_type, "provider_unavailable")
        assert.strictEqual(last.choices[0]?.finish_reason, "error")
      }))

    it.effect("an error chunk with a string code and no choices metadata decodes", () =>
      Effect.gen(function*() {
        const chunk = {
          id: "gen-1",
          object: "chat.completion.chunk",
          created: 1,
          model: "m",
          choices: [],
          error: { code: "server_error", message: "boom", metadata: { provider_code: "x", extra: [1] } }
        }
        const decoded = yield* roundTrip(ChatChunk, chunk)
        assert.strictEqual(decoded.error?.code, "server_error")
      }))

    it.effect("a usage chunk with choices: [] decodes", () =>
      Effect.gen(function*() {
        const chunk = {
          id: "gen-2",
          object: "chat.completion.chunk",
          created: 1,
          model: "m",
          provider: "OpenAI",
          choices: [],
          usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3, cost: 0.5 }
        }
        const decoded = yield* roundTrip(ChatChunk, chunk)
        assert.strictEqual(decoded.usage?.cost, 0.5)
      }))
  })

  for (const file of listJson("models")) {
    it.effect(file, () => roundTrip(ModelsResponse, envelope(file).response.body))
  }
  for (const file of listJson("generation")) {
    it.effect(file, () =>
      Effect.gen(function*() {
        const decoded = yield* roundTrip(GenerationResponse, envelope(file).response.body)
        assert.strictEqual(decoded.data.id, expectOf(file)["id"])
        assert.strictEqual(decoded.data.provider_responses, null)
        assert.strictEqual(decoded.data.session_id, null)
      }))
  }
  for (const file of listJson("key")) {
    it.effect(file, () =>
      Effect.gen(function*() {
        const decoded = yield* roundTrip(KeyResponse, envelope(file).response.body)
        assert.strictEqual(decoded.data.limit, 100)
        assert.strictEqual(decoded.data.rate_limit?.requests, 1000)
      }))
  }
})

// -----------------------------------------------------------------------------
// tolerance
// -----------------------------------------------------------------------------

const futureCompletion = {
  id: "gen-future",
  provider: "Anthropic",
  model: "anthropic/claude-next",
  object: "chat.completion",
  created: 1900000000,
  system_fingerprint: null,
  brand_new_top_level: { nested: [1, { deep: true }] },
  choices: [
    {
      index: 0,
      logprobs: null,
      finish_reason: "pause_turn",
      native_finish_reason: "pause_turn",
      choice_extra: "kept",
      message: {
        role: "assistant",
        content: "partial",
        refusal: null,
        message_extra: { a: 1 },
        reasoning_details: [
          { type: "reasoning.text", text: "t", signature: "sig", format: "anthropic-claude-v1", index: 0, x: 1 },
          {
            type: "reasoning.future",
            index: 1,
            format: "some-new-format-v9",
            payload: { blob: "AAAA", parts: [{ k: "v" }] },
            weird: null
          },
          { type: "reasoning.encrypted", data: "opaque==", id: null }
        ],
        tool_calls: [
          {
            id: "call_1",
            type: "function",
            function: { name: "f", arguments: "{}", function_extra: 7 },
            tool_call_extra: ["x"]
          },
          { id: "call_2", type: "custom_tool", function: { name: "g", arguments: "" } }
        ],
        annotations: [
          { type: "url_citation", url_citation: { url: "https://e.x", title: "", start_index: 0, end_index: 0 } },
          { type: "future_annotation", future_annotation: { whatever: 1 } }
        ],
        images: [{ type: "image_url", image_url: { url: "data:image/png;base64,AA", detail: "x" } }]
      }
    }
  ],
  usage: {
    prompt_tokens: 10,
    completion_tokens: 5,
    total_tokens: 15,
    cost: 0.001,
    usage_extra: 42,
    prompt_tokens_details: { cached_tokens: 0, brand_new_tokens: 3 },
    completion_tokens_details: null,
    cost_details: { upstream_inference_cost: null, new_cost_kind: 0.5 },
    server_tool_use: { web_search_requests: 1, future_requests: 2 }
  },
  openrouter_metadata: { requested: "x", strategy: "teleport", endpoints: { total: 1, available: [] }, more: {} }
}

describe("tolerant and faithful decoding", () => {
  it.effect("unknown keys and enum values survive at every level (decode and encode)", () =>
    Effect.gen(function*() {
      const input = clone(futureCompletion)
      const decoded = yield* roundTrip(ChatCompletion, input)
      const unknownView = decoded as unknown as typeof futureCompletion
      assert.deepStrictEqual(unknownView.brand_new_top_level, input.brand_new_top_level)
      const choice = decoded.choices[0]
      assert.isDefined(choice)
      assert.strictEqual(choice?.finish_reason, "pause_turn")
      assert.strictEqual(unknownView.choices[0]?.choice_extra, "kept")
      assert.deepStrictEqual(unknownView.choices[0]?.message.message_extra, { a: 1 })
      // unknown reasoning detail type, byte for byte
      assert.deepStrictEqual(choice?.message.reasoning_details?.[1], input.choices[0]?.message.reasoning_details[1])
      const future = choice?.message.reasoning_details?.[1]
      assert.isDefined(future)
      if (future !== undefined) {
        assert.strictEqual(future.type, "reasoning.future")
        assert.deepStrictEqual(
          JSON.parse(JSON.stringify(yield* Schema.encode(ReasoningDetail)(future))),
          input.choices[0]?.message.reasoning_details[1]
        )
      }
      // tool calls
      assert.deepStrictEqual(choice?.message.tool_calls, input.choices[0]?.message.tool_calls)
      assert.strictEqual(choice?.message.tool_calls?.[1]?.type, "custom_tool")
      // usage
      assert.deepStrictEqual(decoded.usage, input.usage)
      assert.strictEqual((decoded.usage as unknown as { usage_extra: number }).usage_extra, 42)
      assert.strictEqual(decoded.openrouter_metadata?.strategy, "teleport")
    }))

  it.effect("standalone nested schemas are tolerant too", () =>
    Effect.gen(function*() {
      const usage = { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, z: { y: 1 } }
      yield* roundTrip(Usage, usage)
      const detail = { type: "reasoning.summary", summary: "s", extra: [null] }
      yield* roundTrip(ReasoningDetail, detail)
    }))

  it.effect("preservation wins over a caller's onExcessProperty: error", () =>
    Effect.gen(function*() {
      const input = clone(futureCompletion)
      const decoded = yield* Schema.decodeUnknown(ChatCompletion)(input, { onExcessProperty: "error" })
      assert.deepStrictEqual(decoded, input as unknown as ChatCompletion)
    }))

  it("tolerant() preserves nested un-annotated structs as well", () => {
    const Inner = Schema.Struct({ a: Schema.Number })
    const Outer = tolerant(Schema.Struct({ inner: Inner, list: Schema.Array(Inner) }))
    const input = { inner: { a: 1, b: 2 }, list: [{ a: 1, c: [3] }], top: "t" }
    assert.deepStrictEqual(Schema.decodeUnknownSync(Outer)(input), input as unknown as typeof Outer.Type)
    assert.deepStrictEqual(Schema.encodeSync(Outer)(input as unknown as typeof Outer.Type), input)
  })

  it("openLiteral accepts unknown members and keeps known ones", () => {
    const Color = openLiteral("red", "green")
    assert.strictEqual(Schema.decodeUnknownSync(Color)("red"), "red")
    assert.strictEqual(Schema.decodeUnknownSync(Color)("ultraviolet"), "ultraviolet")
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(Color)(42)))
    const known: typeof Color.Type = "green"
    assert.strictEqual(known, "green")
  })

  it("a known field with a wrong type still fails", () => {
    const bad = { ...clone(futureCompletion), usage: { prompt_tokens: "ten", completion_tokens: 1, total_tokens: 1 } }
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(ChatCompletion)(bad)))
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(ChatCompletion)({ id: "x" })))
  })

  it.effect("null stays null and absent stays absent (usage.cost)", () =>
    Effect.gen(function*() {
      const withNull = yield* Schema.decodeUnknown(Usage)({
        prompt_tokens: 1,
        completion_tokens: 2,
        total_tokens: 3,
        cost: null
      })
      assert.isTrue("cost" in withNull)
      assert.isNull(withNull.cost)
      const absent = yield* Schema.decodeUnknown(Usage)({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 })
      assert.isFalse("cost" in absent)
      assert.isUndefined(absent.cost)
      assert.deepStrictEqual(yield* Schema.encode(Usage)(absent), { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 })
      const zero = yield* Schema.decodeUnknown(Usage)({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cost: 0 })
      assert.strictEqual(zero.cost, 0)
    }))

  it.effect("a real fixture without cost keeps cost absent", () =>
    Effect.gen(function*() {
      const completion = yield* Schema.decodeUnknown(ChatCompletion)(
        envelope("chat/tool-calls-mistral-small.json").response.body
      )
      assert.isDefined(completion.usage)
      assert.isFalse("cost" in (completion.usage ?? {}))
      const withCost = yield* Schema.decodeUnknown(ChatCompletion)(
        envelope("chat/web-search-url-citations.json").response.body
      )
      assert.strictEqual(withCost.usage?.cost, 0.007637029)
      assert.strictEqual(withCost.usage?.cost_details?.upstream_inference_cost, 0.000637029)
      assert.strictEqual(withCost.service_tier, null)
      assert.strictEqual(withCost.usage?.server_tool_use_details?.web_search_requests, 1)
    }))
})

// -----------------------------------------------------------------------------
// request
// -----------------------------------------------------------------------------

const richRequest = {
  model: "anthropic/claude-sonnet-4.5",
  models: ["anthropic/claude-sonnet-4.5", "openai/gpt-4o"],
  messages: [
    {
      role: "system",
      content: [{ type: "text", text: "You are terse.", cache_control: { type: "ephemeral", ttl: "1h" } }]
    },
    { role: "developer", content: "Prefer metric units." },
    {
      role: "user",
      name: "alice",
      content: [
        { type: "text", text: "Describe these.", cache_control: { type: "ephemeral" } },
        { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "original" } },
        { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } },
        { type: "file", file: { filename: "doc.pdf", file_data: "https://example.com/doc.pdf" } },
        { type: "video_url", video_url: { url: "https://example.com/v.mp4" } }
      ]
    },
    {
      role: "assistant",
      content: null,
      reasoning_details: [{ type: "reasoning.encrypted", data: "opaque", format: "anthropic-claude-v1", index: 0 }],
      tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{\"city\":\"Lisbon\"}" } }]
    },
    { role: "tool", tool_call_id: "call_1", content: "{\"temp\":21}" },
    { role: "assistant", content: "It is" }
  ],
  stream: true,
  max_tokens: 1024,
  max_completion_tokens: 1024,
  temperature: 0.2,
  top_p: 0.9,
  top_k: 40,
  frequency_penalty: 0,
  presence_penalty: 0,
  repetition_penalty: 1,
  min_p: 0.05,
  top_a: 0,
  seed: 7,
  stop: ["\n\n"],
  logit_bias: { "50256": -100 },
  logprobs: true,
  top_logprobs: 3,
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "weather",
      strict: true,
      description: "A forecast",
      schema: { type: "object", properties: { temp: { type: "number" } }, required: ["temp"] }
    }
  },
  tools: [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "Weather for a city",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        strict: true
      },
      cache_control: { type: "ephemeral" }
    },
    { type: "openrouter:web_search", parameters: { max_results: 3, engine: "exa" } },
    { type: "web_search_preview", search_context_size: "low" }
  ],
  tool_choice: { type: "function", function: { name: "get_weather" } },
  parallel_tool_calls: false,
  prediction: { type: "content", content: "It is sunny" },
  modalities: ["text", "image"],
  provider: {
    order: ["anthropic", "google-vertex/us-east5"],
    allow_fallbacks: false,
    require_parameters: true,
    data_collection: "deny",
    zdr: true,
    only: ["anthropic"],
    ignore: ["deepinfra"],
    quantizations: ["fp8", "bf16"],
    sort: { by: "throughput", partition: "none" },
    max_price: { prompt: 1, completion: "2" },
    preferred_min_throughput: { p50: 100 },
    preferred_max_latency: 3
  },
  plugins: [
    { id: "web", max_results: 3, engine: "exa" },
    { id: "file-parser", pdf: { engine: "mistral-ocr" } },
    { id: "response-healing" },
    { id: "context-compression", enabled: false }
  ],
  reasoning: { effort: "high", exclude: false, summary: "auto" },
  usage: { include: true },
  stream_options: { include_usage: true },
  session_id: "session-123",
  transforms: ["middle-out"],
  route: "fallback",
  user: "user-123",
  metadata: { app: "test" },
  trace: { trace_id: "t-1", custom_field: "kept" },
  verbosity: "low",
  web_search_options: { search_context_size: "medium" },
  debug: { echo_upstream_body: true },
  service_tier: "flex",
  prompt_cache_key: "cache-key",
  cache_control: { type: "ephemeral" },
  // pass-through, provider specific
  safe_prompt: true,
  raw_mode: { nested: [1, 2] }
}

describe("ChatRequest", () => {
  it.effect("a rich request encodes back to the identical JSON", () =>
    Effect.gen(function*() {
      const decoded = yield* roundTrip(ChatRequest, clone(richRequest))
      const encoded = yield* Schema.encode(ChatRequest)(decoded)
      assert.deepStrictEqual(JSON.parse(JSON.stringify(encoded)), richRequest)
    }))

  it.effect("a typed request value (with pass-through extras) encodes unchanged", () =>
    Effect.gen(function*() {
      const request: ChatRequest & PassThroughFields = {
        model: "openai/gpt-4o",
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: [{ type: "text", text: "hi", cache_control: { type: "ephemeral", ttl: "5m" } }] }
        ],
        max_tokens: 16,
        provider: { sort: "price", quantizations: ["some-future-quant"] },
        plugins: [{ id: "web", max_results: 1 }],
        reasoning: { max_tokens: 512 },
        tool_choice: "auto",
        safe_prompt: true
      }
      const encoded = yield* Schema.encode(ChatRequest)(request)
      assert.deepStrictEqual(encoded, request)
    }))

  it("tool, plugin and message unions narrow", () => {
    const tools: ReadonlyArray<Tool> = [
      { type: "function", function: { name: "f" } },
      { type: "openrouter:datetime" }
    ]
    const names = tools.flatMap((tool) => (tool.type === "function" ? [tool.function.name] : [tool.type]))
    assert.deepStrictEqual(names, ["f", "openrouter:datetime"])
    const plugin: Plugin = { id: "file-parser", pdf: { engine: "native" } }
    assert.strictEqual(plugin.id === "file-parser" ? plugin.pdf?.engine : undefined, "native")
    // no index signature on ChatRequest: Omit keeps the declared fields typed
    const input: Omit<ChatRequest, "stream"> = { model: "m", messages: [] }
    const model: string | undefined = input.model
    assert.strictEqual(model, "m")
    const message: Message = { role: "tool", tool_call_id: "c", content: "ok" }
    assert.strictEqual(message.role === "tool" ? message.tool_call_id : undefined, "c")
  })

  it("unknown request keys are kept at nested levels too", () => {
    const input = {
      messages: [{ role: "user", content: "x", user_extra: 1 }],
      provider: { order: ["a"], provider_extra: { y: 2 } },
      reasoning: { effort: "ultra", reasoning_extra: true }
    }
    assert.deepStrictEqual(Schema.decodeUnknownSync(ChatRequest)(input), input as unknown as ChatRequest)
  })

  it("an invalid message still fails", () => {
    assert.isTrue(Either.isLeft(Schema.decodeUnknownEither(ChatRequest)({ messages: [{ role: "tool", content: "x" }] })))
  })
})

// -----------------------------------------------------------------------------
// models, account, embeddings
// -----------------------------------------------------------------------------

describe("Model", () => {
  it.effect("pricing strings are preserved exactly", () =>
    Effect.gen(function*() {
      const models = yield* Schema.decodeUnknown(ModelsResponse)(
        envelope("models/list-openapi-example.json").response.body
      )
      const pricing = models.data[0]?.pricing
      assert.strictEqual(pricing?.prompt, "0.00003")
      assert.strictEqual(pricing?.completion, "0.00006")
      assert.strictEqual(pricing?.image, "0")
      assert.strictEqual(typeof pricing?.prompt, "string")
      assert.isNull(models.data[0]?.default_parameters)
      const model = yield* roundTrip(Model, {
        id: "~anthropic/claude-opus-latest",
        name: "Claude Opus (latest)",
        created: 1,
        context_length: null,
        architecture: {
          modality: "text+image+video->text",
          input_modalities: ["text", "image", "video", "hologram"],
          output_modalities: ["text"],
          tokenizer: "Claude5",
          instruct_type: null
        },
        pricing: {
          prompt: "0.0000025",
          completion: "0.00001000",
          input_cache_read: "0.00000025",
          web_search: "0.01",
          internal_reasoning: "-1",
          discount: 0,
          overrides: [{ min_prompt_tokens: 200000, prompt: "0.000005" }],
          brand_new_price: "1e-7"
        },
        top_provider: { context_length: null, max_completion_tokens: null, is_moderated: false },
        per_request_limits: null,
        supported_parameters: ["tools", "brand_new_param"],
        default_parameters: { temperature: null, top_p: 0.9 },
        reasoning: { supported_efforts: null, default_effort: "medium", default_enabled: true, mandatory: false },
        alias_target: { slug: "anthropic/claude-opus-5", name: "Claude Opus 5" },
        expiration_date: null
      })
      assert.strictEqual(model.pricing.prompt, "0.0000025")
      assert.strictEqual(model.pricing.completion, "0.00001000")
      assert.strictEqual(model.pricing.internal_reasoning, "-1")
    }))

  it("ModelsQuery takes string filters", () => {
    const query: ModelsQuery = { output_modalities: "all", supported_parameters: "tools,structured_outputs", limit: "10" }
    assert.deepStrictEqual(Schema.decodeUnknownSync(ModelsQuery)(query), query)
  })
})

describe("Account", () => {
  it.effect("limit: null (unlimited) stays null; rate_limit may be absent", () =>
    Effect.gen(function*() {
      const decoded = yield* roundTrip(KeyResponse, {
        data: {
          label: "sk-or-v1-abc...def",
          limit: null,
          limit_remaining: null,
          limit_reset: null,
          usage: 0.5,
          is_free_tier: true,
          free_model_daily_requests: { limit: 50, remaining: 49, used: 1 },
          allowed_data_regions: ["us", "mars"]
        }
      })
      assert.isNull(decoded.data.limit)
      assert.isFalse("rate_limit" in decoded.data)
    }))

  it.effect("credits", () =>
    Effect.gen(function*() {
      const decoded = yield* roundTrip(CreditsResponse, { data: { total_credits: 100.5, total_usage: 25.75 } })
      const credits: Credits = decoded.data
      assert.strictEqual(credits.total_credits - credits.total_usage, 74.75)
    }))
})

describe("Embeddings", () => {
  it.effect("request and response round-trip", () =>
    Effect.gen(function*() {
      yield* roundTrip(EmbeddingsRequest, {
        model: "openai/text-embedding-3-small",
        input: ["a", "b"],
        dimensions: 256,
        encoding_format: "float",
        provider: { order: ["openai"] },
        extra_param: 1
      })
      yield* roundTrip(EmbeddingsRequest, {
        model: "m",
        input: [{ content: [{ type: "text", text: "t" }, { type: "image_url", image_url: { url: "data:," } }] }]
      })
      const response = yield* roundTrip(EmbeddingsResponse, {
        id: "gen-emb",
        object: "list",
        model: "openai/text-embedding-3-small",
        data: [
          { object: "embedding", embedding: [0.0023064255, -0.009327292], index: 0 },
          { object: "embedding", embedding: "AAAAAA==", index: 1 }
        ],
        usage: { prompt_tokens: 8, total_tokens: 8, cost: 0.00000016, is_byok: false }
      })
      assert.deepStrictEqual(response.data[0]?.embedding, [0.0023064255, -0.009327292])
      assert.strictEqual(response.usage?.cost, 0.00000016)
    }))
})
