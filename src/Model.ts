/**
 * The model catalogue: `GET /models` (query filters and response) and the `Model` entry shared
 * with `GET /model/{author}/{slug}` (API doc §8).
 *
 * Pricing values are **decimal strings** (`"0.0000025"`) and stay strings: never parse them to
 * floats here. Everything is tolerant and open like the other wire schemas.
 *
 * The service returns domain values: `ModelsResult` with one `ModelInfo` per model — camelCase,
 * prices as exact pico-USD (`Pricing`), the context length, modalities and parameters resolved,
 * the wire object kept as `raw` — and helpers: {@link pricePerMillion}, {@link supports},
 * {@link contextLengthOf}. The wire helpers (`pricingOf`, `hasCapability`…) are what
 * `ModelRegistry` uses on the wire `Model`.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Option from "effect/Option"
import { openLiteral, optionalNullable, tolerant } from "./internal/schema.js"
import { type Amount, amount, parseUsd } from "./Money.js"

/**
 * Input modalities (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputModality = openLiteral("text", "image", "file", "audio", "video")

/**
 * @since 0.1.0
 * @category models
 */
export type InputModality = typeof InputModality.Type

/**
 * Output modalities (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputModality = openLiteral(
  "text",
  "image",
  "embeddings",
  "audio",
  "video",
  "rerank",
  "speech",
  "transcription"
)

/**
 * @since 0.1.0
 * @category models
 */
export type OutputModality = typeof OutputModality.Type

/**
 * Tokenizer / model family (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Tokenizer = openLiteral(
  "Router",
  "Media",
  "Other",
  "GPT",
  "Claude",
  "Gemini",
  "Gemma",
  "Grok",
  "Cohere",
  "Nova",
  "Qwen",
  "Yi",
  "DeepSeek",
  "Mistral",
  "Llama2",
  "Llama3",
  "Llama4",
  "PaLM",
  "RWKV",
  "Qwen3"
)

/**
 * @since 0.1.0
 * @category models
 */
export type Tokenizer = typeof Tokenizer.Type

/**
 * Instruct template (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const InstructType = openLiteral(
  "none",
  "airoboros",
  "alpaca",
  "alpaca-modif",
  "chatml",
  "claude",
  "code-llama",
  "gemma",
  "llama2",
  "llama3",
  "mistral",
  "nemotron",
  "neural",
  "openchat",
  "phi3",
  "rwkv",
  "vicuna",
  "zephyr",
  "deepseek-r1",
  "deepseek-v3.1",
  "qwq",
  "qwen3"
)

/**
 * @since 0.1.0
 * @category models
 */
export type InstructType = typeof InstructType.Type

/**
 * Request parameters a model (or endpoint) supports (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SupportedParameter = openLiteral(
  "temperature",
  "top_p",
  "top_k",
  "min_p",
  "top_a",
  "frequency_penalty",
  "presence_penalty",
  "repetition_penalty",
  "max_tokens",
  "max_completion_tokens",
  "logit_bias",
  "logprobs",
  "top_logprobs",
  "prediction",
  "seed",
  "response_format",
  "structured_outputs",
  "stop",
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "include_reasoning",
  "reasoning",
  "reasoning_effort",
  "web_search_options",
  "verbosity"
)

/**
 * @since 0.1.0
 * @category models
 */
export type SupportedParameter = typeof SupportedParameter.Type

/**
 * `architecture`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelArchitecture = tolerant(
  Schema.Struct({
    /** e.g. `"text+image->text"`. */
    modality: optionalNullable(Schema.String),
    input_modalities: optionalNullable(Schema.Array(InputModality)),
    output_modalities: optionalNullable(Schema.Array(OutputModality)),
    tokenizer: optionalNullable(Tokenizer),
    instruct_type: optionalNullable(InstructType)
  }),
  { identifier: "ModelArchitecture" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelArchitecture = typeof ModelArchitecture.Type

/**
 * A conditional price override (long-context tiers, time windows). Prices are decimal strings.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PricingOverride = tolerant(
  Schema.Struct({
    prompt: optionalNullable(Schema.String),
    completion: optionalNullable(Schema.String),
    audio: optionalNullable(Schema.String),
    input_audio_cache: optionalNullable(Schema.String),
    input_cache_read: optionalNullable(Schema.String),
    input_cache_write: optionalNullable(Schema.String),
    input_cache_write_1h: optionalNullable(Schema.String),
    min_prompt_tokens: optionalNullable(Schema.Number),
    /** `HHMM` UTC. */
    utc_start: optionalNullable(Schema.Number),
    utc_end: optionalNullable(Schema.Number),
    utc_days: optionalNullable(Schema.Array(Schema.Unknown))
  }),
  { identifier: "PricingOverride" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type PricingOverride = typeof PricingOverride.Type

/**
 * `pricing`: USD per unit as **decimal strings** (`"0"` = free; router models may carry
 * sentinels such as `"-1"`). Only `prompt` and `completion` are always present. `discount` is a
 * number.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelPricing = tolerant(
  Schema.Struct({
    /** Per prompt token. */
    prompt: Schema.String,
    /** Per completion token. */
    completion: Schema.String,
    /** Per request. */
    request: optionalNullable(Schema.String),
    /** Per input image. */
    image: optionalNullable(Schema.String),
    image_token: optionalNullable(Schema.String),
    image_output: optionalNullable(Schema.String),
    audio: optionalNullable(Schema.String),
    audio_output: optionalNullable(Schema.String),
    input_audio_cache: optionalNullable(Schema.String),
    /** Per web search. */
    web_search: optionalNullable(Schema.String),
    /** Per reasoning token. */
    internal_reasoning: optionalNullable(Schema.String),
    input_cache_read: optionalNullable(Schema.String),
    /** 5-minute TTL write rate. */
    input_cache_write: optionalNullable(Schema.String),
    input_cache_write_1h: optionalNullable(Schema.String),
    discount: optionalNullable(Schema.Number),
    overrides: optionalNullable(Schema.Array(PricingOverride))
  }),
  { identifier: "ModelPricing" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelPricing = typeof ModelPricing.Type

/**
 * `top_provider`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TopProvider = tolerant(
  Schema.Struct({
    context_length: optionalNullable(Schema.Number),
    max_completion_tokens: optionalNullable(Schema.Number),
    is_moderated: optionalNullable(Schema.Boolean)
  }),
  { identifier: "TopProvider" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type TopProvider = typeof TopProvider.Type

/**
 * `per_request_limits` (the whole object is usually `null`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PerRequestLimits = tolerant(
  Schema.Struct({
    prompt_tokens: optionalNullable(Schema.Number),
    completion_tokens: optionalNullable(Schema.Number)
  }),
  { identifier: "PerRequestLimits" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type PerRequestLimits = typeof PerRequestLimits.Type

/**
 * `default_parameters` (each nullable; the whole object may be `null`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const DefaultParameters = tolerant(
  Schema.Struct({
    temperature: optionalNullable(Schema.Number),
    top_p: optionalNullable(Schema.Number),
    top_k: optionalNullable(Schema.Number),
    frequency_penalty: optionalNullable(Schema.Number),
    presence_penalty: optionalNullable(Schema.Number),
    repetition_penalty: optionalNullable(Schema.Number)
  }),
  { identifier: "DefaultParameters" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type DefaultParameters = typeof DefaultParameters.Type

/**
 * `reasoning` capabilities of a model (absent for non-reasoning models and routers).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelReasoning = tolerant(
  Schema.Struct({
    supported_efforts: optionalNullable(Schema.Array(Schema.String)),
    default_effort: optionalNullable(Schema.String),
    default_enabled: optionalNullable(Schema.Boolean),
    mandatory: optionalNullable(Schema.Boolean),
    supports_max_tokens: optionalNullable(Schema.Boolean)
  }),
  { identifier: "ModelReasoning" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelReasoning = typeof ModelReasoning.Type

/**
 * `links` of a model (`details` = its endpoints URL path).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelLinks = tolerant(Schema.Struct({ details: optionalNullable(Schema.String) }), {
  identifier: "ModelLinks"
})

/**
 * @since 0.1.0
 * @category models
 */
export type ModelLinks = typeof ModelLinks.Type

/**
 * `benchmarks` (omitted when none).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelBenchmarks = tolerant(
  Schema.Struct({
    artificial_analysis: optionalNullable(
      tolerant(
        Schema.Struct({
          intelligence_index: optionalNullable(Schema.Number),
          coding_index: optionalNullable(Schema.Number),
          agentic_index: optionalNullable(Schema.Number)
        })
      )
    ),
    design_arena: optionalNullable(
      Schema.Array(
        tolerant(
          Schema.Struct({
            arena: optionalNullable(Schema.String),
            category: optionalNullable(Schema.String),
            elo: optionalNullable(Schema.Number),
            win_rate: optionalNullable(Schema.Number),
            rank: optionalNullable(Schema.Number)
          })
        )
      )
    )
  }),
  { identifier: "ModelBenchmarks" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelBenchmarks = typeof ModelBenchmarks.Type

/**
 * `alias_target` on `~author/family-latest` rows.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelAliasTarget = tolerant(
  Schema.Struct({
    slug: optionalNullable(Schema.String),
    name: optionalNullable(Schema.String)
  }),
  { identifier: "ModelAliasTarget" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelAliasTarget = typeof ModelAliasTarget.Type

/**
 * One model of the catalogue. Required: `id`, `name`, `pricing` (with `prompt`/`completion`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Model = tolerant(
  Schema.Struct({
    /** Routable slug, e.g. `openai/gpt-4o`, `meta-llama/…:free`, `~anthropic/claude-opus-latest`. */
    id: Schema.String,
    /** Permanent slug. */
    canonical_slug: optionalNullable(Schema.String),
    hugging_face_id: optionalNullable(Schema.String),
    name: Schema.String,
    /** Unix seconds. */
    created: optionalNullable(Schema.Number),
    description: optionalNullable(Schema.String),
    context_length: optionalNullable(Schema.Number),
    architecture: optionalNullable(ModelArchitecture),
    pricing: ModelPricing,
    top_provider: optionalNullable(TopProvider),
    per_request_limits: optionalNullable(PerRequestLimits),
    supported_parameters: optionalNullable(Schema.Array(SupportedParameter)),
    default_parameters: optionalNullable(DefaultParameters),
    reasoning: optionalNullable(ModelReasoning),
    /** `YYYY-MM-DD`. */
    expiration_date: optionalNullable(Schema.String),
    /** `YYYY-MM-DD`. */
    knowledge_cutoff: optionalNullable(Schema.String),
    supported_voices: optionalNullable(Schema.Array(Schema.String)),
    links: optionalNullable(ModelLinks),
    benchmarks: optionalNullable(ModelBenchmarks),
    alias_target: optionalNullable(ModelAliasTarget)
  }),
  { identifier: "Model" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Model = typeof Model.Type

/**
 * `GET /models` response: `{data, links?, total_count?}` (`links`/`total_count` only in the
 * newer, paginated API).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsResponse = tolerant(
  Schema.Struct({
    data: Schema.Array(Model),
    links: optionalNullable(tolerant(Schema.Struct({ next: optionalNullable(Schema.String) }))),
    total_count: optionalNullable(Schema.Number)
  }),
  { identifier: "ModelsResponse" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelsResponse = typeof ModelsResponse.Type

/**
 * `GET /model/{author}/{slug}` response: `{data: Model}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelResponse = tolerant(Schema.Struct({ data: Model }), { identifier: "ModelResponse" })

/**
 * @since 0.1.0
 * @category models
 */
export type ModelResponse = typeof ModelResponse.Type

/**
 * Query filters of `GET /models`, as the strings that go on the URL. Comma-separated lists are
 * passed as one string (e.g. `supported_parameters: "tools,structured_outputs"`). Note
 * `output_modalities` defaults to `"text"` server-side: pass `"all"` to include embedding/image
 * models. Pagination (`offset`/`limit`) is opt-in.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsQuery = tolerant(
  Schema.Struct({
    category: Schema.optional(
      openLiteral(
        "programming",
        "roleplay",
        "marketing",
        "marketing/seo",
        "technology",
        "science",
        "translation",
        "legal",
        "finance",
        "health",
        "trivia",
        "academia"
      )
    ),
    supported_parameters: Schema.optional(Schema.String),
    output_modalities: Schema.optional(Schema.String),
    input_modalities: Schema.optional(Schema.String),
    sort: Schema.optional(
      openLiteral(
        "most-popular",
        "newest",
        "top-weekly",
        "pricing-low-to-high",
        "pricing-high-to-low",
        "context-high-to-low",
        "throughput-high-to-low",
        "latency-low-to-high",
        "intelligence-high-to-low",
        "coding-high-to-low",
        "agentic-high-to-low",
        "design-arena-elo-high-to-low"
      )
    ),
    /** Free-text search. */
    q: Schema.optional(Schema.String),
    /** Minimum context length (tokens). */
    context: Schema.optional(Schema.String),
    /** $/M prompt tokens. */
    min_price: Schema.optional(Schema.String),
    max_price: Schema.optional(Schema.String),
    /** $/M completion tokens. */
    min_output_price: Schema.optional(Schema.String),
    max_output_price: Schema.optional(Schema.String),
    arch: Schema.optional(Schema.String),
    model_authors: Schema.optional(Schema.String),
    providers: Schema.optional(Schema.String),
    distillable: Schema.optional(openLiteral("true", "false")),
    zdr: Schema.optional(openLiteral("true")),
    region: Schema.optional(openLiteral("eu", "us")),
    min_age_days: Schema.optional(Schema.String),
    max_age_days: Schema.optional(Schema.String),
    min_intelligence_index: Schema.optional(Schema.String),
    max_intelligence_index: Schema.optional(Schema.String),
    min_coding_index: Schema.optional(Schema.String),
    max_coding_index: Schema.optional(Schema.String),
    min_agentic_index: Schema.optional(Schema.String),
    max_agentic_index: Schema.optional(Schema.String),
    /** 0–1. */
    min_tool_success_rate: Schema.optional(Schema.String),
    max_tool_success_rate: Schema.optional(Schema.String),
    use_rss: Schema.optional(Schema.String),
    use_rss_chat_links: Schema.optional(Schema.String),
    offset: Schema.optional(Schema.String),
    limit: Schema.optional(Schema.String)
  }),
  { identifier: "ModelsQuery" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModelsQuery = typeof ModelsQuery.Type

// =============================================================================
// Wire helpers (also used by ModelRegistry)
// =============================================================================

/**
 * A catalogue price string as exact pico-USD per unit, when it is a non-negative decimal;
 * `undefined` for an absent price, `null` or a router sentinel such as `"-1"`.
 *
 * @since 0.2.0
 * @category pricing
 */
export const unitPricePicos = (price: string | null | undefined): bigint | undefined => {
  if (price === undefined || price === null) return undefined
  const parsed = parseUsd(price)
  return Option.isSome(parsed) && parsed.value >= 0n ? parsed.value : undefined
}

/**
 * Request parameters the model lists (`[]` when none).
 *
 * @since 0.2.0
 * @category helpers
 */
export const supportedParametersOf = (model: Model): ReadonlyArray<string> => model.supported_parameters ?? []

/**
 * Input modalities: `architecture.input_modalities`, else parsed from `modality` (`"text+image->text"`).
 *
 * @since 0.2.0
 * @category helpers
 */
export const inputModalitiesOf = (model: Model): ReadonlyArray<string> => {
  const declared = model.architecture?.input_modalities
  if (declared !== undefined && declared !== null) return declared
  const modality = model.architecture?.modality
  return typeof modality === "string" ? (modality.split("->")[0] ?? "").split("+") : []
}

/**
 * Output modalities: `architecture.output_modalities`, else parsed from `modality`.
 *
 * @since 0.2.0
 * @category helpers
 */
export const outputModalitiesOf = (model: Model): ReadonlyArray<string> => {
  const declared = model.architecture?.output_modalities
  if (declared !== undefined && declared !== null) return declared
  const modality = model.architecture?.modality
  return typeof modality === "string" ? (modality.split("->")[1] ?? "").split("+") : []
}

/**
 * Context window: the model's (the largest any of its providers offers, so a request that fits
 * can be routed somewhere), else the top provider's; `undefined` when neither is listed.
 * `ModelInfo.contextLength` holds the same value.
 *
 * @since 0.2.0
 * @category helpers
 */
export const contextLengthOf = (model: Model): number | undefined =>
  model.context_length ?? model.top_provider?.context_length ?? undefined

/**
 * Exact prices of a model in pico-USD (10^-12 USD) per unit. `prompt`, `completion` and `request`
 * are always set; the others are `undefined` when the catalogue does not list them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Pricing {
  /** Per prompt token. */
  readonly promptPicosPerToken: bigint
  /** Per completion token. */
  readonly completionPicosPerToken: bigint
  /** Per request (0 when absent). */
  readonly requestPicos: bigint
  /** Per input image. */
  readonly imagePicos: bigint | undefined
  /** Per reasoning token, when billed apart. */
  readonly internalReasoningPicosPerToken: bigint | undefined
  /** Per cached prompt token read. */
  readonly inputCacheReadPicosPerToken: bigint | undefined
  /** Per prompt token written to the cache (5-minute rate). */
  readonly inputCacheWritePicosPerToken: bigint | undefined
  /** Per web search. */
  readonly webSearchPicos: bigint | undefined
}

/**
 * Exact prices of a catalogue entry; `None` when `prompt` or `completion` is not a non-negative
 * decimal (router sentinels such as `"-1"`).
 *
 * @since 0.1.0
 * @category pricing
 */
export const pricingOf = (model: Model): Option.Option<Pricing> => {
  const p = model.pricing
  const prompt = unitPricePicos(p.prompt)
  const completion = unitPricePicos(p.completion)
  if (prompt === undefined || completion === undefined) return Option.none()
  return Option.some({
    promptPicosPerToken: prompt,
    completionPicosPerToken: completion,
    requestPicos: unitPricePicos(p.request) ?? 0n,
    imagePicos: unitPricePicos(p.image),
    internalReasoningPicosPerToken: unitPricePicos(p.internal_reasoning),
    inputCacheReadPicosPerToken: unitPricePicos(p.input_cache_read),
    inputCacheWritePicosPerToken: unitPricePicos(p.input_cache_write),
    webSearchPicos: unitPricePicos(p.web_search)
  })
}

/**
 * Capabilities a model can be checked for.
 *
 * - `tools`: `supported_parameters` has `tools`
 * - `structuredOutputs`: has `structured_outputs` or `response_format`
 * - `reasoning`: has `reasoning` or `include_reasoning`, or the model carries a `reasoning` object
 * - `imageInput` / `fileInput`: input modality `image` / `file`
 * - `imageOutput`: output modality `image`
 * - `audio`: input or output modality `audio`
 *
 * @since 0.1.0
 * @category models
 */
export type Capability =
  | "tools"
  | "structuredOutputs"
  | "reasoning"
  | "imageInput"
  | "imageOutput"
  | "fileInput"
  | "audio"

/**
 * Whether a wire model has a capability (see {@link Capability}).
 *
 * @since 0.1.0
 * @category helpers
 */
export const hasCapability = (model: Model, capability: Capability): boolean => {
  const params = supportedParametersOf(model)
  switch (capability) {
    case "tools":
      return params.includes("tools")
    case "structuredOutputs":
      return params.includes("structured_outputs") || params.includes("response_format")
    case "reasoning":
      return params.includes("reasoning") || params.includes("include_reasoning") ||
        (model.reasoning !== undefined && model.reasoning !== null)
    case "imageInput":
      return inputModalitiesOf(model).includes("image")
    case "imageOutput":
      return outputModalitiesOf(model).includes("image")
    case "fileInput":
      return inputModalitiesOf(model).includes("file")
    case "audio":
      return inputModalitiesOf(model).includes("audio") || outputModalitiesOf(model).includes("audio")
  }
}

// =============================================================================
// Domain values
// =============================================================================

/**
 * One model of the catalogue, as `OpenRouter.models()` returns it.
 *
 * @since 0.2.0
 * @category models
 */
export interface ModelInfo {
  /** Routable slug, e.g. `openai/gpt-4o`. */
  readonly id: string
  readonly name: string
  /** Permanent slug. */
  readonly canonicalSlug: string | undefined
  readonly huggingFaceId: string | undefined
  /** Unix seconds. */
  readonly created: number | undefined
  readonly description: string | undefined
  /** See {@link contextLengthOf}. */
  readonly contextLength: number | undefined
  /** The top provider's maximum completion tokens. */
  readonly maxCompletionTokens: number | undefined
  readonly isModerated: boolean | undefined
  readonly inputModalities: ReadonlyArray<string>
  readonly outputModalities: ReadonlyArray<string>
  readonly supportedParameters: ReadonlyArray<string>
  readonly tokenizer: string | undefined
  readonly instructType: string | undefined
  /** Exact prices; `undefined` when the model has no usable price (router sentinels). */
  readonly pricing: Pricing | undefined
  /** Prompt, completion and request prices all zero. */
  readonly isFree: boolean
  /** `YYYY-MM-DD`. */
  readonly expirationDate: string | undefined
  /** `YYYY-MM-DD`. */
  readonly knowledgeCutoff: string | undefined
  /** The wire object as received (unknown fields included). */
  readonly raw: Model
}

/**
 * What `OpenRouter.models()` returns.
 *
 * @since 0.2.0
 * @category models
 */
export interface ModelsResult {
  readonly models: ReadonlyArray<ModelInfo>
  /** Total across pages (paginated API only). */
  readonly totalCount: number | undefined
  /** URL of the next page (paginated API only). */
  readonly next: string | undefined
  /** The response as received. */
  readonly raw: ModelsResponse
}

/**
 * Per-token prices {@link pricePerMillion} knows.
 *
 * @since 0.2.0
 * @category models
 */
export type TokenPrice = "prompt" | "completion" | "internalReasoning" | "inputCacheRead" | "inputCacheWrite"

const PER_MILLION = 1_000_000n

/**
 * The price of one million tokens of a kind, exact (`{picos, micros}`); `undefined` when the
 * model has no usable price or does not list that kind.
 *
 * @example
 * // pricing.prompt "0.00003"
 * pricePerMillion(model, "prompt") // { picos: 30_000_000_000_000n, micros: 30_000_000 } — $30 / M
 *
 * @since 0.2.0
 * @category helpers
 */
export const pricePerMillion = (model: ModelInfo, kind: TokenPrice): Amount | undefined => {
  const p = model.pricing
  if (p === undefined) return undefined
  const perToken = kind === "prompt"
    ? p.promptPicosPerToken
    : kind === "completion"
    ? p.completionPicosPerToken
    : kind === "internalReasoning"
    ? p.internalReasoningPicosPerToken
    : kind === "inputCacheRead"
    ? p.inputCacheReadPicosPerToken
    : p.inputCacheWritePicosPerToken
  return perToken === undefined ? undefined : amount(perToken * PER_MILLION)
}

/**
 * Whether a model has a capability (see {@link Capability}).
 *
 * @since 0.2.0
 * @category helpers
 */
export const supports = (model: ModelInfo, capability: Capability): boolean => hasCapability(model.raw, capability)

/**
 * Whether a model lists a request parameter in `supported_parameters`.
 *
 * @since 0.2.0
 * @category helpers
 */
export const supportsParameter = (model: ModelInfo, parameter: SupportedParameter): boolean =>
  model.supportedParameters.includes(parameter)

const u = <A>(value: A | null | undefined): A | undefined => value ?? undefined

/**
 * The domain value of a wire model.
 *
 * @since 0.2.0
 * @category constructors
 */
export const modelInfo = (model: Model): ModelInfo => {
  const pricing = Option.getOrUndefined(pricingOf(model))
  return {
    id: model.id,
    name: model.name,
    canonicalSlug: u(model.canonical_slug),
    huggingFaceId: u(model.hugging_face_id),
    created: u(model.created),
    description: u(model.description),
    contextLength: contextLengthOf(model),
    maxCompletionTokens: u(model.top_provider?.max_completion_tokens),
    isModerated: u(model.top_provider?.is_moderated),
    inputModalities: inputModalitiesOf(model),
    outputModalities: outputModalitiesOf(model),
    supportedParameters: supportedParametersOf(model),
    tokenizer: u(model.architecture?.tokenizer),
    instructType: u(model.architecture?.instruct_type),
    pricing,
    isFree: pricing !== undefined && pricing.promptPicosPerToken === 0n && pricing.completionPicosPerToken === 0n &&
      pricing.requestPicos === 0n,
    expirationDate: u(model.expiration_date),
    knowledgeCutoff: u(model.knowledge_cutoff),
    raw: model
  }
}

/**
 * The domain value of a `GET /models` response.
 *
 * @since 0.2.0
 * @category constructors
 */
export const modelsResult = (response: ModelsResponse): ModelsResult => ({
  models: response.data.map(modelInfo),
  totalCount: u(response.total_count),
  next: u(response.links?.next),
  raw: response
})
