import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { type Model, ModelsResponse } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as ModelSelection from "../src/ModelSelection.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { fixture } from "./helpers.js"

// =============================================================================
// The catalogue
// =============================================================================

/**
 * `openai/gpt-4` is the shared recorded `/models` fixture (test/fixtures/models/, real prices).
 * The shared set has no other `/models` entry, so the rest of the catalogue carries OpenRouter's
 * published list prices (USD per token, decimal strings as on the wire) typed in by hand; they
 * are pinned here, not live, and every expected cost below is computed from these strings.
 */
const sharedFixture = Schema.decodeUnknownSync(ModelsResponse)(fixture("models/list-openapi-example.json").response.body).data

const entry = (
  id: string,
  pricing: Record<string, string>,
  context: number,
  inputs: ReadonlyArray<string>,
  maxCompletion: number | null,
  params: ReadonlyArray<string> | null = ["max_tokens", "temperature", "tools", "tool_choice", "response_format", "structured_outputs"]
): unknown => ({
  id,
  name: id,
  context_length: context,
  architecture: { input_modalities: inputs, output_modalities: ["text"] },
  pricing,
  top_provider: { context_length: context, max_completion_tokens: maxCompletion, is_moderated: false },
  supported_parameters: params
})

const handTyped = Schema.decodeUnknownSync(ModelsResponse)({
  data: [
    entry("openai/gpt-4o", { prompt: "0.0000025", completion: "0.00001", image: "0.003613" }, 128_000, ["text", "image", "file"], 16_384),
    entry("openai/gpt-4o-mini", { prompt: "0.00000015", completion: "0.0000006", image: "0.007225" }, 128_000, ["text", "image", "file"], 16_384),
    entry("openai/gpt-4.1-nano", { prompt: "0.0000001", completion: "0.0000004", image: "0" }, 1_047_576, ["text", "image", "file"], 32_768),
    entry("anthropic/claude-haiku-4.5", { prompt: "0.000001", completion: "0.000005" }, 200_000, ["text", "image"], 64_000),
    entry("anthropic/claude-sonnet-4.5", { prompt: "0.000003", completion: "0.000015" }, 1_000_000, ["text", "image", "file"], 64_000),
    entry("google/gemini-2.5-flash", { prompt: "0.0000003", completion: "0.0000025", image: "0.001238" }, 1_048_576, ["text", "image", "file", "audio", "video"], 65_535),
    entry("google/gemini-2.5-flash-lite", { prompt: "0.0000001", completion: "0.0000004" }, 1_048_576, ["text", "image", "file", "audio", "video"], 65_535),
    entry("mistralai/mistral-small-3.2-24b-instruct", { prompt: "0.00000005", completion: "0.0000001" }, 131_072, ["text", "image"], null),
    entry("meta-llama/llama-3.3-70b-instruct", { prompt: "0.00000013", completion: "0.0000004" }, 131_072, ["text"], 16_384),
    entry("meta-llama/llama-3.3-70b-instruct:free", { prompt: "0", completion: "0", request: "0" }, 65_536, ["text"], null),
    entry("deepseek/deepseek-chat-v3.1", { prompt: "0.0000002", completion: "0.0000008" }, 163_840, ["text"], 163_840),
    {
      id: "openai/text-embedding-3-small",
      name: "OpenAI: Text Embedding 3 Small",
      context_length: 8192,
      architecture: { input_modalities: ["text"], output_modalities: ["embeddings"] },
      pricing: { prompt: "0.00000002", completion: "0" },
      supported_parameters: []
    },
    entry("openrouter/auto", { prompt: "-1", completion: "-1" }, 2_000_000, ["text", "image"], null, null)
  ]
}).data

const catalogue: ReadonlyArray<Model> = [...sharedFixture, ...handTyped]

const Registry = ModelRegistry.layerStatic(catalogue)

/**
 * The request: a system line and a question with one image; 500 output tokens at most.
 *
 * Prompt tokens by the registry's heuristic (3 to prime the reply, 4 per message, Latin text at
 * 3.6 characters per token rounded up, 1,000 per media part):
 *   3
 *   + 4 + ceil(14 / 3.6) = 4 + 4                          "You are terse." (14 chars)
 *   + 4 + ceil(24 / 3.6) + 1000 = 4 + 7 + 1000            "What is in this picture?" (24 chars) + image
 *   = 3 + 8 + 1011 = 1022
 */
const request = {
  model: ModelSelection.AUTO,
  messages: [
    { role: "system" as const, content: "You are terse." },
    {
      role: "user" as const,
      content: [
        { type: "text" as const, text: "What is in this picture?" },
        { type: "image_url" as const, image_url: { url: "https://example.com/cat.png" } }
      ]
    }
  ],
  max_tokens: 500
}

/** Tools and images, at least 128k context, at most $5 per million output tokens. */
const criteria: ModelSelection.Criteria = {
  capabilities: ["tools", "imageInput"],
  minContext: 128_000,
  maxCompletionPricePerMillion: 5
}

const ranked = (sel: ModelSelection.Selection) => sel.candidates.map((c) => [c.id, c.picos, c.micros] as const)
const reasonsOf = (sel: ModelSelection.Selection, id: string) => sel.excluded.find((e) => e.id === id)?.reasons

const PROMPT = 1022n
const OUT = 500n

describe("ModelSelection.rank", () => {
  it.effect("the cheapest model with tools and images, ≥ 128k context, ≤ $5/M output: hand-computed ranking", () =>
    Effect.gen(function*() {
      const sel = yield* ModelSelection.rank(request, criteria)
      assert.strictEqual(sel.promptTokens, 1022)
      assert.strictEqual(sel.outputTokens, 500)
      assert.strictEqual(sel.outputTokensSource, "max_tokens")
      // cost = prompt × prompt price + output × completion price + images × image price (pico-USD)
      // mistral-small:  1022 × 50,000 + 500 × 100,000                       = 51,100,000 + 50,000,000 = 101,100,000 → 102 µ$ (ceil)
      // flash-lite:     1022 × 100,000 + 500 × 400,000                      = 102,200,000 + 200,000,000 = 302,200,000 → 303 µ$
      // gpt-4.1-nano:   the same prices, image "0"                          = 302,200,000 → 303 µ$ (tie: lower id first)
      // gemini-flash:   1022 × 300,000 + 500 × 2,500,000 + 1 × 1,238,000,000 = 306,600,000 + 1,250,000,000 + 1,238,000,000 = 2,794,600,000 → 2,795 µ$
      // claude-haiku:   1022 × 1,000,000 + 500 × 5,000,000 ($5/M: at the cap, allowed) = 1,022,000,000 + 2,500,000,000 = 3,522,000,000 → 3,522 µ$
      // gpt-4o-mini:    1022 × 150,000 + 500 × 600,000 + 1 × 7,225,000,000  = 153,300,000 + 300,000,000 + 7,225,000,000 = 7,678,300,000 → 7,679 µ$
      assert.deepStrictEqual(ranked(sel), [
        ["mistralai/mistral-small-3.2-24b-instruct", PROMPT * 50_000n + OUT * 100_000n, 102],
        ["google/gemini-2.5-flash-lite", PROMPT * 100_000n + OUT * 400_000n, 303],
        ["openai/gpt-4.1-nano", PROMPT * 100_000n + OUT * 400_000n, 303],
        ["google/gemini-2.5-flash", PROMPT * 300_000n + OUT * 2_500_000n + 1_238_000_000n, 2795],
        ["anthropic/claude-haiku-4.5", PROMPT * 1_000_000n + OUT * 5_000_000n, 3522],
        ["openai/gpt-4o-mini", PROMPT * 150_000n + OUT * 600_000n + 7_225_000_000n, 7679]
      ])
      assert.strictEqual(sel.candidates[0]?.picos, 101_100_000n)
      assert.strictEqual(sel.candidates[5]?.picos, 7_678_300_000n)
      // every model is either ranked or excluded
      assert.strictEqual(sel.candidates.length + sel.excluded.length, catalogue.length)
    }).pipe(Effect.provide(Registry)))

  it.effect("every excluded model says why, with typed reasons", () =>
    Effect.gen(function*() {
      const sel = yield* ModelSelection.rank(request, criteria)
      assert.deepStrictEqual(sel.excluded.map((e) => e.id).sort(), [
        "deepseek/deepseek-chat-v3.1",
        "meta-llama/llama-3.3-70b-instruct",
        "meta-llama/llama-3.3-70b-instruct:free",
        "anthropic/claude-sonnet-4.5",
        "openai/gpt-4",
        "openai/gpt-4o",
        "openai/text-embedding-3-small",
        "openrouter/auto"
      ].sort())
      // gpt-4 (the recorded fixture): no tools, text only, 8,192 context, $60/M output
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4"), [
        { _tag: "MissingCapability", capability: "tools", source: "criteria" },
        { _tag: "MissingCapability", capability: "imageInput", source: "criteria" },
        { _tag: "ContextTooSmall", contextLength: 8192, required: 128_000, rule: "minContext" },
        { _tag: "PriceAboveCap", price: "completion", usdPerMillion: "60", capUsdPerMillion: "5" }
      ])
      // $10/M and $15/M output
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4o"), [
        { _tag: "PriceAboveCap", price: "completion", usdPerMillion: "10", capUsdPerMillion: "5" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "anthropic/claude-sonnet-4.5"), [
        { _tag: "PriceAboveCap", price: "completion", usdPerMillion: "15", capUsdPerMillion: "5" }
      ])
      // an embeddings model answers no chat request
      assert.deepStrictEqual(reasonsOf(sel, "openai/text-embedding-3-small"), [
        { _tag: "MissingCapability", capability: "tools", source: "criteria" },
        { _tag: "MissingCapability", capability: "imageInput", source: "criteria" },
        { _tag: "MissingModality", direction: "output", modality: "text", source: "request" },
        { _tag: "ContextTooSmall", contextLength: 8192, required: 128_000, rule: "minContext" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "meta-llama/llama-3.3-70b-instruct"), [
        { _tag: "MissingCapability", capability: "imageInput", source: "criteria" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "meta-llama/llama-3.3-70b-instruct:free"), [
        { _tag: "MissingCapability", capability: "imageInput", source: "criteria" },
        { _tag: "ContextTooSmall", contextLength: 65_536, required: 128_000, rule: "minContext" }
      ])
      // the router: no supported_parameters (so no tools) and a "-1" price sentinel
      assert.deepStrictEqual(reasonsOf(sel, "openrouter/auto"), [
        { _tag: "MissingCapability", capability: "tools", source: "criteria" },
        { _tag: "Unpriced", reason: "no-price" }
      ])
      const gpt4 = sel.excluded.find((e) => e.id === "openai/gpt-4")
      assert.deepStrictEqual(gpt4?.reasons.map(ModelSelection.describe), [
        "missing capability tools (criteria)",
        "missing capability imageInput (criteria)",
        "context 8192 < 128000 (minContext)",
        "completion $60/M > $5/M"
      ])
    }).pipe(Effect.provide(Registry)))

  it.effect("providers: only these authors, or not these; a cap on the estimated cost of the request", () =>
    Effect.gen(function*() {
      const sel = yield* ModelSelection.rank(request, {
        ...criteria,
        providers: ["google", "openai", "anthropic"],
        excludeProviders: ["openai"],
        // $0.003 = 3,000,000,000 pico-USD: gemini-flash (2,794,600,000) fits, claude-haiku (3,522,000,000) does not
        maxCost: "0.003"
      })
      assert.deepStrictEqual(ranked(sel), [
        ["google/gemini-2.5-flash-lite", 302_200_000n, 303],
        ["google/gemini-2.5-flash", 2_794_600_000n, 2795]
      ])
      assert.deepStrictEqual(reasonsOf(sel, "mistralai/mistral-small-3.2-24b-instruct"), [
        { _tag: "ProviderExcluded", provider: "mistralai", rule: "not-in-providers" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4.1-nano"), [
        { _tag: "ProviderExcluded", provider: "openai", rule: "excluded" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "anthropic/claude-haiku-4.5"), [
        { _tag: "CostAboveCap", picos: 3_522_000_000n, capPicos: 3_000_000_000n }
      ])
    }).pipe(Effect.provide(Registry)))

  it.effect("the request's own needs: declared tools, structured output, file parts; request context; output limit", () =>
    Effect.gen(function*() {
      const needy = {
        messages: [{
          role: "user" as const,
          content: [{ type: "text" as const, text: "Summarise" }, { type: "file" as const, file: { filename: "a.pdf", file_data: "data:application/pdf;base64,AA==" } }]
        }],
        tools: [{ type: "function" as const, function: { name: "lookup", parameters: { type: "object" } } }],
        response_format: { type: "json_object" as const },
        max_tokens: 20_000
      }
      const sel = yield* ModelSelection.rank(needy)
      const prompt = ModelRegistry.estimateTokens(needy.messages, needy.tools)
      // gpt-4: 8,192 context < prompt + 20,000; top provider's max completion 4,096 < 20,000
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4"), [
        { _tag: "MissingCapability", capability: "tools", source: "request" },
        { _tag: "MissingCapability", capability: "structuredOutputs", source: "request" },
        { _tag: "MissingModality", direction: "input", modality: "file", source: "request" },
        { _tag: "ContextTooSmall", contextLength: 8192, required: prompt + 20_000, rule: "request" },
        { _tag: "OutputLimitTooSmall", maxCompletionTokens: 4096, required: 20_000 }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "anthropic/claude-haiku-4.5"), [
        { _tag: "MissingModality", direction: "input", modality: "file", source: "request" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4o"), [
        { _tag: "OutputLimitTooSmall", maxCompletionTokens: 16_384, required: 20_000 }
      ])
      // the same request with fromRequest: false only keeps the limits
      const lax = yield* ModelSelection.rank(needy, { fromRequest: false })
      assert.deepStrictEqual(reasonsOf(lax, "anthropic/claude-haiku-4.5"), undefined)
      assert.isTrue(sel.candidates.every((c) => ModelRegistry.hasCapability(c.model, "tools")))
      assert.deepStrictEqual(sel.candidates.map((c) => c.id), [
        "google/gemini-2.5-flash-lite",
        "openai/gpt-4.1-nano",
        "google/gemini-2.5-flash",
        "anthropic/claude-sonnet-4.5"
      ])
    }).pipe(Effect.provide(Registry)))

  it.effect("expected output: the option beats max_tokens, the default is 1,000 tokens; free models can be left out", () =>
    Effect.gen(function*() {
      const text = { messages: [{ role: "user" as const, content: "Hi" }] }
      // prompt: 3 + 4 + ceil(2 / 3.6) = 8 tokens
      const byDefault = yield* ModelSelection.rank(text, { providers: ["deepseek"] })
      assert.strictEqual(byDefault.outputTokensSource, "default")
      // 8 × 200,000 + 1,000 × 800,000 = 1,600,000 + 800,000,000 = 801,600,000
      assert.deepStrictEqual(ranked(byDefault), [["deepseek/deepseek-chat-v3.1", 801_600_000n, 802]])
      const byOption = yield* ModelSelection.rank({ ...text, max_tokens: 9_000 }, { providers: ["deepseek"], expectedOutputTokens: 100 })
      assert.strictEqual(byOption.outputTokensSource, "criteria")
      // 8 × 200,000 + 100 × 800,000 = 1,600,000 + 80,000,000 = 81,600,000
      assert.deepStrictEqual(ranked(byOption), [["deepseek/deepseek-chat-v3.1", 81_600_000n, 82]])

      const all = yield* ModelSelection.rank(text)
      assert.strictEqual(all.candidates[0]?.id, "meta-llama/llama-3.3-70b-instruct:free")
      assert.strictEqual(all.candidates[0]?.picos, 0n)
      const paid = yield* ModelSelection.rank(text, { excludeFree: true })
      assert.deepStrictEqual(reasonsOf(paid, "meta-llama/llama-3.3-70b-instruct:free"), [{ _tag: "Free" }])
      // not the embeddings model (8 × 20,000 = 160,000 pico-USD, cheaper than any chat model): it has no text output
      assert.deepStrictEqual(reasonsOf(paid, "openai/text-embedding-3-small"), [
        { _tag: "MissingModality", direction: "output", modality: "text", source: "request" }
      ])
      // mistral-small: 8 × 50,000 + 1,000 × 100,000 = 400,000 + 100,000,000 = 100,400,000
      assert.deepStrictEqual(ranked(paid)[0], ["mistralai/mistral-small-3.2-24b-instruct", 100_400_000n, 101])
      // asking for image output (the request's modalities field) leaves no text-only model
      const drawn = yield* ModelSelection.rank({ ...text, modalities: ["image"] }, { providers: ["openai"] })
      assert.deepStrictEqual(drawn.candidates, [])
    }).pipe(Effect.provide(Registry)))

  it.effect("prompt price cap, parameters, output modalities and excluded ids", () =>
    Effect.gen(function*() {
      const sel = yield* ModelSelection.rank(request, {
        // $0.15/M prompt: gpt-4o-mini (0.00000015 × 10^6 = 0.15) is at the cap and passes
        maxPromptPricePerMillion: "0.15",
        supportedParameters: ["structured_outputs"],
        outputModalities: ["text"],
        excludeModels: ["openai/gpt-4.1-nano"]
      })
      assert.deepStrictEqual(reasonsOf(sel, "google/gemini-2.5-flash"), [
        { _tag: "PriceAboveCap", price: "prompt", usdPerMillion: "0.3", capUsdPerMillion: "0.15" }
      ])
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4.1-nano"), [{ _tag: "ModelExcluded" }])
      // gpt-4 lists temperature, top_p, max_tokens only; text input only while the request has an image
      assert.deepStrictEqual(reasonsOf(sel, "openai/gpt-4"), [
        { _tag: "MissingModality", direction: "input", modality: "image", source: "request" },
        { _tag: "MissingParameter", parameter: "structured_outputs" },
        { _tag: "PriceAboveCap", price: "prompt", usdPerMillion: "30", capUsdPerMillion: "0.15" }
      ])
      assert.deepStrictEqual(sel.candidates.map((c) => c.id), [
        "mistralai/mistral-small-3.2-24b-instruct",
        "google/gemini-2.5-flash-lite",
        "openai/gpt-4o-mini"
      ])
      const images = yield* ModelSelection.rank(request, { outputModalities: ["image"], providers: ["openai"] })
      assert.deepStrictEqual(reasonsOf(images, "openai/gpt-4o"), [
        { _tag: "MissingModality", direction: "output", modality: "image", source: "criteria" }
      ])
      const withContentPolicy = ModelSelection.planOf(sel, { contentPolicyFallback: true, maxCandidates: 2 })
      assert.deepStrictEqual(
        Either.map(withContentPolicy, (p) => [p.model, p.fallback.contentPolicy]),
        Either.right(["mistralai/mistral-small-3.2-24b-instruct", ["google/gemini-2.5-flash-lite"]])
      )
    }).pipe(Effect.provide(Registry)))

  it("an invalid cap is a typed InvalidRequestError naming the criterion", () => {
    const result = ModelSelection.rankModels(catalogue, request, { maxCompletionPricePerMillion: "five" })
    assert.isTrue(Either.isLeft(result))
    if (Either.isLeft(result)) {
      assert.strictEqual(result.left._tag, "InvalidRequestError")
      assert.strictEqual(result.left.field, "maxCompletionPricePerMillion")
    }
    const negative = ModelSelection.rankModels(catalogue, request, { maxCost: -1 })
    assert.isTrue(Either.isLeft(negative))
  })

  it.effect("plan: the cheapest model and the next ones as fallback lists; nothing fits → ModelNotFoundError", () =>
    Effect.gen(function*() {
      const p = yield* ModelSelection.plan(request, { ...criteria, maxCandidates: 3 })
      assert.strictEqual(p.model, "mistralai/mistral-small-3.2-24b-instruct")
      assert.deepStrictEqual(p.fallback, {
        models: ["google/gemini-2.5-flash-lite", "openai/gpt-4.1-nano"],
        contextLength: ["google/gemini-2.5-flash-lite", "openai/gpt-4.1-nano"],
        contentPolicy: [],
        serverSide: false
      })
      const none = yield* Effect.flip(ModelSelection.plan(request, { ...criteria, maxCompletionPricePerMillion: "0.01" }))
      assert.strictEqual(none._tag, "ModelNotFoundError")
      if (none._tag !== "ModelNotFoundError") return
      assert.strictEqual(none.model, ModelSelection.AUTO)
      assert.isFalse(none.isRetryable)
      // 14 models, counted once per reason kind: every priced chat model but the free one is over
      // $0.01/M output (11; the embeddings model's completion price is 0); no image input or no
      // tools: gpt-4, both llamas, deepseek, the embeddings model, the router (6); under 128k:
      // gpt-4, llama :free, the embeddings model (3); no text output: the embeddings model (1);
      // the router has no price (1)
      assert.deepStrictEqual(none.metadata?.["excluded"], {
        MissingCapability: 6,
        MissingModality: 1,
        ContextTooSmall: 3,
        PriceAboveCap: 11,
        Unpriced: 1
      })
    }).pipe(Effect.provide(Registry)))
})

// =============================================================================
// The layer
// =============================================================================

const completion = (model: string) =>
  OpenRouterTest.json({
    id: `gen-${model}`,
    object: "chat.completion",
    created: 1,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: `from ${model}` }, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 }
  })

const streamed = (model: string) =>
  OpenRouterTest.sse([
    { id: "gen-s", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: { role: "assistant", content: `from ${model}` }, finish_reason: null }] },
    { id: "gen-s", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 } }
  ])

/** Answers per requested model: a 503 for the models in `failing`, a completion otherwise. */
const server = (failing: ReadonlyArray<string>, wire: "json" | "sse" = "json"): OpenRouterTest.Responses => (req) => {
  const model = (req.body as { readonly model?: string }).model ?? ""
  if (failing.includes(model)) return OpenRouterTest.error(503, `${model} is overloaded`)
  return wire === "json" ? completion(model) : streamed(model)
}

const sentModels = Effect.map(OpenRouterTest.requests, (rs) => rs.map((r) => (r.body as { readonly model?: string }).model))

describe("ModelSelection.layer", () => {
  it.effect("picks the cheapest model per call and falls back down the ranked list on failure", () => {
    const responses = server(["mistralai/mistral-small-3.2-24b-instruct"])
    const layer = ModelSelection.layer(criteria).pipe(Layer.provideMerge(OpenRouterTest.layer(responses)), Layer.provide(Registry))
    return Effect.gen(function*() {
      const openrouter = yield* OpenRouter.OpenRouter
      const result = yield* openrouter.chat(request, { wire: "json" })
      assert.strictEqual(result.text, "from google/gemini-2.5-flash-lite")
      assert.strictEqual(result.meta.requestedModel, "mistralai/mistral-small-3.2-24b-instruct")
      assert.isTrue(result.meta.fallback)
      assert.deepStrictEqual(result.meta.attempts.map((a) => [a.model, a.outcome]), [
        ["mistralai/mistral-small-3.2-24b-instruct", "NoProviderAvailableError"], // the 503
        ["google/gemini-2.5-flash-lite", "Success"]
      ])
      assert.deepStrictEqual(yield* sentModels, [
        "mistralai/mistral-small-3.2-24b-instruct",
        "google/gemini-2.5-flash-lite"
      ])
      // nothing else of the request changed
      const sent = (yield* OpenRouterTest.requests)[0]?.body as Record<string, unknown>
      assert.strictEqual(sent["max_tokens"], 500)
      assert.deepStrictEqual(sent["messages"], request.messages)
      assert.isUndefined(sent["models"])
    }).pipe(Effect.provide(layer))
  })

  it.effect("every candidate failing: AllCandidatesFailedError over the first maxCandidates only", () => {
    const responses = server(catalogue.map((m) => m.id))
    const layer = ModelSelection.layer({ ...criteria, maxCandidates: 2 }).pipe(
      Layer.provideMerge(OpenRouterTest.layer(responses)),
      Layer.provide(Registry)
    )
    return Effect.gen(function*() {
      const openrouter = yield* OpenRouter.OpenRouter
      const error = yield* Effect.flip(openrouter.chat(request, { wire: "json" }))
      assert.strictEqual(error._tag, "AllCandidatesFailedError")
      if (error._tag === "AllCandidatesFailedError") {
        assert.deepStrictEqual(error.failures.map((f) => f.model), [
          "mistralai/mistral-small-3.2-24b-instruct",
          "google/gemini-2.5-flash-lite"
        ])
      }
      assert.strictEqual((yield* sentModels).length, 2)
    }).pipe(Effect.provide(layer))
  })

  it.effect("chatStream selects too; other models pass through untouched; nothing fits fails before any request", () => {
    const responses = server(["mistralai/mistral-small-3.2-24b-instruct"], "sse")
    const layer = ModelSelection.layer(criteria).pipe(Layer.provideMerge(OpenRouterTest.layer(responses)), Layer.provide(Registry))
    return Effect.gen(function*() {
      const openrouter = yield* OpenRouter.OpenRouter
      const events = yield* Stream.runCollect(openrouter.chatStream(request))
      const text = [...events].flatMap((e) => (e._tag === "TextDelta" ? [e.text] : [])).join("")
      assert.strictEqual(text, "from google/gemini-2.5-flash-lite")

      const direct = yield* openrouter.chat({ ...request, model: "openai/gpt-4o" })
      assert.strictEqual(direct.text, "from openai/gpt-4o")
      assert.deepStrictEqual(yield* sentModels, [
        "mistralai/mistral-small-3.2-24b-instruct",
        "google/gemini-2.5-flash-lite",
        "openai/gpt-4o"
      ])

      const none = yield* Effect.flip(openrouter.chat({ ...request, messages: [{ role: "user", content: "x".repeat(36) }], max_tokens: 2_000_000 }))
      assert.strictEqual(none._tag, "ModelNotFoundError")
      assert.strictEqual((yield* sentModels).length, 3)
    }).pipe(Effect.provide(layer))
  })

  it.effect("chat with onEvent through the selection: the kept candidate's events reach the callback", () => {
    const responses = server(["mistralai/mistral-small-3.2-24b-instruct"], "sse")
    const layer = ModelSelection.layer(criteria).pipe(Layer.provideMerge(OpenRouterTest.layer(responses)), Layer.provide(Registry))
    return Effect.gen(function*() {
      const openrouter = yield* OpenRouter.OpenRouter
      const texts: Array<string> = []
      const result = yield* openrouter.chat(request, { onEvent: (e) => e._tag === "TextDelta" && texts.push(e.text) })
      assert.strictEqual(texts.join(""), "from google/gemini-2.5-flash-lite")
      assert.strictEqual(result.text, texts.join(""))
    }).pipe(Effect.provide(layer))
  })

  it.effect("a non-retryable failure does not fall back (the client's own fallback rules)", () => {
    const responses: OpenRouterTest.Responses = () => OpenRouterTest.error(401, "No auth credentials found")
    return Effect.gen(function*() {
      const openrouter = yield* OpenRouter.OpenRouter
      const error = yield* Effect.flip(openrouter.chat(request, { wire: "json" }))
      assert.strictEqual(error._tag, "AuthenticationError")
      assert.deepStrictEqual(yield* sentModels, ["mistralai/mistral-small-3.2-24b-instruct"])
    }).pipe(Effect.provide(ModelSelection.layer(criteria).pipe(Layer.provideMerge(OpenRouterTest.layer(responses)), Layer.provide(Registry))))
  })
})

