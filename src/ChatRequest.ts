/**
 * The `POST /chat/completions` request body (API doc §3): the OpenAI-compatible fields plus every
 * OpenRouter extra (fallback `models`, `provider` routing, `plugins`, `reasoning`, server tools,
 * sessions, tracing, caching, …).
 *
 * The request is tolerant like every wire schema here: unknown keys survive decode/encode at every
 * level, so provider-specific pass-through parameters (e.g. Mistral `safe_prompt`) reach the wire.
 * Type a request as `ChatRequest & PassThroughFields` to write such extras without a cast.
 * Request-side unions (messages, content parts, response formats, plugins) are closed so that
 * narrowing on `role` / `type` / `id` works; enum-like values are open literals.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Annotation, AudioOutput, ImageOutput, ReasoningDetail, ServiceTier, ToolCall } from "./ChatCompletion.js"
import { JsonObject, OpenString, openLiteral, optionalNullable, PassThrough, tolerant } from "./internal/schema.js"

// -----------------------------------------------------------------------------
// caching
// -----------------------------------------------------------------------------

/**
 * Anthropic-style explicit cache breakpoint: `{type: "ephemeral", ttl?: "5m" | "1h"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CacheControl = tolerant(
  Schema.Struct({
    type: openLiteral("ephemeral"),
    ttl: Schema.optional(openLiteral("5m", "1h"))
  }),
  { identifier: "CacheControl" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type CacheControl = typeof CacheControl.Type

/**
 * OpenAI-style cache breakpoint marker on a text part (`{mode: "explicit"}`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptCacheBreakpoint = tolerant(Schema.Struct({ mode: openLiteral("explicit") }), {
  identifier: "PromptCacheBreakpoint"
})

/**
 * @since 0.1.0
 * @category models
 */
export type PromptCacheBreakpoint = typeof PromptCacheBreakpoint.Type

// -----------------------------------------------------------------------------
// content parts
// -----------------------------------------------------------------------------

/**
 * `{type: "text", text}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextContentPart = tolerant(
  Schema.Struct({
    type: Schema.Literal("text"),
    text: Schema.String,
    cache_control: Schema.optional(CacheControl),
    prompt_cache_breakpoint: optionalNullable(PromptCacheBreakpoint)
  }),
  { identifier: "TextContentPart" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type TextContentPart = typeof TextContentPart.Type

/**
 * `{type: "image_url", image_url: {url, detail?}}` — `url` may be a `data:` URL. `detail:
 * "original"` is an OpenRouter extension.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageContentPart = tolerant(
  Schema.Struct({
    type: Schema.Literal("image_url"),
    image_url: tolerant(
      Schema.Struct({
        url: Schema.String,
        detail: Schema.optional(openLiteral("auto", "low", "high", "original"))
      })
    ),
    cache_control: Schema.optional(CacheControl)
  }),
  { identifier: "ImageContentPart" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ImageContentPart = typeof ImageContentPart.Type

/**
 * `{type: "input_audio", input_audio: {data (base64), format}}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AudioContentPart = tolerant(
  Schema.Struct({
    type: Schema.Literal("input_audio"),
    input_audio: tolerant(
      Schema.Struct({
        data: Schema.String,
        format: openLiteral("wav", "mp3", "flac", "m4a", "ogg", "aiff", "aac", "pcm16", "pcm24")
      })
    ),
    cache_control: Schema.optional(CacheControl)
  }),
  { identifier: "AudioContentPart" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type AudioContentPart = typeof AudioContentPart.Type

/**
 * `{type: "file", file: {filename?, file_data? (URL or data: URL), file_id?}}` (PDFs and others).
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileContentPart = tolerant(
  Schema.Struct({
    type: Schema.Literal("file"),
    file: tolerant(
      Schema.Struct({
        filename: Schema.optional(Schema.String),
        file_data: Schema.optional(Schema.String),
        file_id: Schema.optional(Schema.String)
      })
    ),
    cache_control: Schema.optional(CacheControl)
  }),
  { identifier: "FileContentPart" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FileContentPart = typeof FileContentPart.Type

/**
 * `url` wrapper of the video parts.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoUrl = tolerant(Schema.Struct({ url: Schema.String }), { identifier: "VideoUrl" })

/**
 * @since 0.1.0
 * @category models
 */
export type VideoUrl = typeof VideoUrl.Type

/**
 * `{type: "video_url", video_url: {url}}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoContentPart = tolerant(
  Schema.Struct({
    type: Schema.Literal("video_url"),
    video_url: VideoUrl,
    cache_control: Schema.optional(CacheControl)
  }),
  { identifier: "VideoContentPart" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type VideoContentPart = typeof VideoContentPart.Type

/**
 * Legacy spelling `{type: "input_video", video_url: {url}}`, still accepted.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyVideoContentPart = tolerant(
  Schema.Struct({
    type: Schema.Literal("input_video"),
    video_url: VideoUrl,
    cache_control: Schema.optional(CacheControl)
  }),
  { identifier: "LegacyVideoContentPart" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type LegacyVideoContentPart = typeof LegacyVideoContentPart.Type

/**
 * A content part, discriminated on `type`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPart = Schema.Union(
  TextContentPart,
  ImageContentPart,
  AudioContentPart,
  FileContentPart,
  VideoContentPart,
  LegacyVideoContentPart
)

/**
 * @since 0.1.0
 * @category models
 */
export type ContentPart = typeof ContentPart.Type

// -----------------------------------------------------------------------------
// messages
// -----------------------------------------------------------------------------

/**
 * `{role: "system", content: string | TextContentPart[], name?}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SystemMessage = tolerant(
  Schema.Struct({
    role: Schema.Literal("system"),
    content: Schema.Union(Schema.String, Schema.Array(TextContentPart)),
    name: Schema.optional(Schema.String)
  }),
  { identifier: "SystemMessage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type SystemMessage = typeof SystemMessage.Type

/**
 * `{role: "developer", content: string | TextContentPart[], name?}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeveloperMessage = tolerant(
  Schema.Struct({
    role: Schema.Literal("developer"),
    content: Schema.Union(Schema.String, Schema.Array(TextContentPart)),
    name: Schema.optional(Schema.String)
  }),
  { identifier: "DeveloperMessage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type DeveloperMessage = typeof DeveloperMessage.Type

/**
 * `{role: "user", content: string | ContentPart[], name?}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserMessage = tolerant(
  Schema.Struct({
    role: Schema.Literal("user"),
    content: Schema.Union(Schema.String, Schema.Array(ContentPart)),
    name: Schema.optional(Schema.String)
  }),
  { identifier: "UserMessage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type UserMessage = typeof UserMessage.Type

/**
 * An assistant turn (history, or a trailing prefill). Echo `reasoning_details` (and file
 * `annotations`) back exactly as received. Optional fields accept `null` so that fields of a
 * decoded `ResponseMessage` can be copied over as they are.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AssistantMessage = tolerant(
  Schema.Struct({
    role: Schema.Literal("assistant"),
    content: optionalNullable(Schema.Union(Schema.String, Schema.Array(ContentPart))),
    name: Schema.optional(Schema.String),
    tool_calls: optionalNullable(Schema.Array(ToolCall)),
    refusal: optionalNullable(Schema.String),
    reasoning: optionalNullable(Schema.String),
    reasoning_details: optionalNullable(Schema.Array(ReasoningDetail)),
    annotations: optionalNullable(Schema.Array(Annotation)),
    images: optionalNullable(Schema.Array(ImageOutput)),
    audio: optionalNullable(AudioOutput)
  }),
  { identifier: "AssistantMessage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type AssistantMessage = typeof AssistantMessage.Type

/**
 * `{role: "tool", content, tool_call_id}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolMessage = tolerant(
  Schema.Struct({
    role: Schema.Literal("tool"),
    content: Schema.Union(Schema.String, Schema.Array(ContentPart)),
    tool_call_id: Schema.String,
    name: Schema.optional(Schema.String)
  }),
  { identifier: "ToolMessage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ToolMessage = typeof ToolMessage.Type

/**
 * A chat message, discriminated on `role`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Message = Schema.Union(SystemMessage, DeveloperMessage, UserMessage, AssistantMessage, ToolMessage)

/**
 * @since 0.1.0
 * @category models
 */
export type Message = typeof Message.Type

// -----------------------------------------------------------------------------
// tools
// -----------------------------------------------------------------------------

/**
 * `function` of a function tool.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionDefinition = tolerant(
  Schema.Struct({
    /** `[A-Za-z0-9_-]`, ≤ 64 chars. */
    name: Schema.String,
    description: Schema.optional(Schema.String),
    /** JSON Schema of the arguments. */
    parameters: Schema.optional(JsonObject),
    strict: optionalNullable(Schema.Boolean)
  }),
  { identifier: "FunctionDefinition" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FunctionDefinition = typeof FunctionDefinition.Type

/**
 * `{type: "function", function: {name, description?, parameters?, strict?}, cache_control?}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionTool = tolerant(
  Schema.Struct({
    type: Schema.Literal("function"),
    function: FunctionDefinition,
    cache_control: Schema.optional(CacheControl)
  }),
  { identifier: "FunctionTool" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FunctionTool = typeof FunctionTool.Type

/**
 * Server-tool types: every `openrouter:*` (`openrouter:web_search`, `openrouter:web_fetch`,
 * `openrouter:datetime`, …) plus the web-search shorthands.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerToolType = Schema.Union(
  Schema.TemplateLiteral("openrouter:", Schema.String),
  Schema.Literal("web_search", "web_search_preview", "web_search_preview_2025_03_11", "web_search_2025_08_26")
)

/**
 * @since 0.1.0
 * @category models
 */
export type ServerToolType = typeof ServerToolType.Type

/**
 * A server tool run by OpenRouter: `{type: "openrouter:…", parameters?}`. Other keys (the
 * shorthands take their options at top level) are allowed by the type and kept.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerTool = tolerant(
  Schema.Struct(
    {
      type: ServerToolType,
      parameters: Schema.optional(JsonObject)
    },
    PassThrough
  ),
  { identifier: "ServerTool" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ServerTool = typeof ServerTool.Type

/**
 * A tool: a client-side function, or an OpenRouter server tool. `tool.type === "function"`
 * narrows to {@link FunctionTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Tool = Schema.Union(FunctionTool, ServerTool)

/**
 * @since 0.1.0
 * @category models
 */
export type Tool = typeof Tool.Type

/**
 * `{type: "function", function: {name}}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NamedToolChoice = tolerant(
  Schema.Struct({
    type: Schema.Literal("function"),
    function: tolerant(Schema.Struct({ name: Schema.String }))
  }),
  { identifier: "NamedToolChoice" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type NamedToolChoice = typeof NamedToolChoice.Type

/**
 * Force a server tool: `{type: "openrouter:web_search"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerToolChoice = tolerant(Schema.Struct({ type: ServerToolType }), { identifier: "ServerToolChoice" })

/**
 * @since 0.1.0
 * @category models
 */
export type ServerToolChoice = typeof ServerToolChoice.Type

/**
 * `"none" | "auto" | "required" | {type: "function", function: {name}} | {type: <server tool>}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolChoice = Schema.Union(Schema.Literal("none", "auto", "required"), NamedToolChoice, ServerToolChoice)

/**
 * @since 0.1.0
 * @category models
 */
export type ToolChoice = typeof ToolChoice.Type

/**
 * One condition ending the server-tool loop (conditions are OR-ed). Open on `type`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsCondition = tolerant(
  Schema.Struct({
    type: openLiteral("step_count_is", "has_tool_call", "max_tokens_used", "max_cost", "finish_reason_is"),
    step_count: Schema.optional(Schema.Number),
    tool_name: Schema.optional(Schema.String),
    max_tokens: Schema.optional(Schema.Number),
    max_cost_in_dollars: Schema.optional(Schema.Number),
    reason: Schema.optional(Schema.String)
  }),
  { identifier: "StopServerToolsCondition" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsCondition = typeof StopServerToolsCondition.Type

// -----------------------------------------------------------------------------
// structured output
// -----------------------------------------------------------------------------

/**
 * `json_schema` of a `json_schema` response format.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JsonSchemaConfig = tolerant(
  Schema.Struct({
    name: Schema.String,
    description: Schema.optional(Schema.String),
    schema: Schema.optional(JsonObject),
    strict: optionalNullable(Schema.Boolean)
  }),
  { identifier: "JsonSchemaConfig" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type JsonSchemaConfig = typeof JsonSchemaConfig.Type

/**
 * `response_format`: `text` | `json_object` | `json_schema` | `grammar` | `python`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseFormat = Schema.Union(
  tolerant(Schema.Struct({ type: Schema.Literal("text") })),
  tolerant(Schema.Struct({ type: Schema.Literal("json_object") })),
  tolerant(Schema.Struct({ type: Schema.Literal("json_schema"), json_schema: JsonSchemaConfig })),
  tolerant(Schema.Struct({ type: Schema.Literal("grammar"), grammar: Schema.String })),
  tolerant(Schema.Struct({ type: Schema.Literal("python") }))
)

/**
 * @since 0.1.0
 * @category models
 */
export type ResponseFormat = typeof ResponseFormat.Type

/**
 * Predicted output: `{type: "content", content: string | [{type: "text", text}]}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Prediction = tolerant(
  Schema.Struct({
    type: openLiteral("content"),
    content: Schema.Union(Schema.String, Schema.Array(TextContentPart))
  }),
  { identifier: "Prediction" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Prediction = typeof Prediction.Type

// -----------------------------------------------------------------------------
// provider routing
// -----------------------------------------------------------------------------

/**
 * Quantization levels (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Quantization = openLiteral(
  "int4",
  "int8",
  "fp4",
  "mxfp4",
  "nvfp4",
  "fp6",
  "fp8",
  "mxfp8",
  "fp16",
  "bf16",
  "fp32",
  "unknown"
)

/**
 * @since 0.1.0
 * @category models
 */
export type Quantization = typeof Quantization.Type

/**
 * `provider.sort` strategy (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSort = openLiteral("price", "throughput", "latency", "exacto")

/**
 * @since 0.1.0
 * @category models
 */
export type ProviderSort = typeof ProviderSort.Type

/**
 * `provider.sort` as an object: `{by, partition: "model" | "none"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSortConfig = tolerant(
  Schema.Struct({
    by: optionalNullable(ProviderSort),
    partition: optionalNullable(openLiteral("model", "none"))
  }),
  { identifier: "ProviderSortConfig" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ProviderSortConfig = typeof ProviderSortConfig.Type

/**
 * `provider.max_price` ceilings: USD per million tokens for prompt/completion, per image, per
 * request. The spec types them as strings, the docs use numbers; both accepted.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MaxPrice = tolerant(
  Schema.Struct({
    prompt: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
    completion: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
    image: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
    audio: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
    request: Schema.optional(Schema.Union(Schema.Number, Schema.String))
  }),
  { identifier: "MaxPrice" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type MaxPrice = typeof MaxPrice.Type

/**
 * Percentile cutoffs for `preferred_min_throughput` (tok/s) / `preferred_max_latency` (s).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileCutoffs = tolerant(
  Schema.Struct({
    p50: optionalNullable(Schema.Number),
    p75: optionalNullable(Schema.Number),
    p90: optionalNullable(Schema.Number),
    p99: optionalNullable(Schema.Number)
  }),
  { identifier: "PercentileCutoffs" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type PercentileCutoffs = typeof PercentileCutoffs.Type

/**
 * The `provider` routing object. Provider names are free strings (display names or slugs such
 * as `"deepinfra/turbo"`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderPreferences = tolerant(
  Schema.Struct({
    order: optionalNullable(Schema.Array(Schema.String)),
    allow_fallbacks: optionalNullable(Schema.Boolean),
    require_parameters: optionalNullable(Schema.Boolean),
    data_collection: optionalNullable(openLiteral("allow", "deny")),
    zdr: optionalNullable(Schema.Boolean),
    enforce_distillable_text: optionalNullable(Schema.Boolean),
    only: optionalNullable(Schema.Array(Schema.String)),
    ignore: optionalNullable(Schema.Array(Schema.String)),
    quantizations: optionalNullable(Schema.Array(Quantization)),
    sort: optionalNullable(Schema.Union(ProviderSort, ProviderSortConfig)),
    max_price: optionalNullable(MaxPrice),
    preferred_min_throughput: optionalNullable(Schema.Union(Schema.Number, PercentileCutoffs)),
    preferred_max_latency: optionalNullable(Schema.Union(Schema.Number, PercentileCutoffs))
  }),
  { identifier: "ProviderPreferences" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ProviderPreferences = typeof ProviderPreferences.Type

// -----------------------------------------------------------------------------
// plugins
// -----------------------------------------------------------------------------

/**
 * Approximate user location for location-biased web search.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserLocation = tolerant(
  Schema.Struct({
    type: Schema.optional(openLiteral("approximate")),
    city: optionalNullable(Schema.String),
    country: optionalNullable(Schema.String),
    region: optionalNullable(Schema.String),
    timezone: optionalNullable(Schema.String)
  }),
  { identifier: "UserLocation" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type UserLocation = typeof UserLocation.Type

const costTier = openLiteral("low", "medium", "high", "xhigh", "max")

/**
 * `{id: "web"}` (deprecated in favour of the `openrouter:web_search` server tool).
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("web"),
    enabled: Schema.optional(Schema.Boolean),
    engine: Schema.optional(openLiteral("native", "exa", "firecrawl", "parallel", "perplexity")),
    max_results: Schema.optional(Schema.Number),
    max_uses: Schema.optional(Schema.Number),
    search_prompt: Schema.optional(Schema.String),
    include_domains: Schema.optional(Schema.Array(Schema.String)),
    exclude_domains: Schema.optional(Schema.Array(Schema.String)),
    mode: Schema.optional(
      openLiteral("instant", "fast", "auto", "deep-lite", "deep", "deep-reasoning", "turbo", "basic", "advanced")
    ),
    user_location: optionalNullable(UserLocation)
  }),
  { identifier: "WebPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type WebPlugin = typeof WebPlugin.Type

/**
 * `{id: "web-fetch"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("web-fetch"),
    enabled: Schema.optional(Schema.Boolean),
    allowed_domains: Schema.optional(Schema.Array(Schema.String)),
    blocked_domains: Schema.optional(Schema.Array(Schema.String)),
    max_content_tokens: Schema.optional(Schema.Number),
    max_uses: Schema.optional(Schema.Number)
  }),
  { identifier: "WebFetchPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type WebFetchPlugin = typeof WebFetchPlugin.Type

/**
 * `{id: "file-parser", pdf?: {engine}}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileParserPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("file-parser"),
    enabled: Schema.optional(Schema.Boolean),
    pdf: Schema.optional(
      tolerant(
        Schema.Struct({
          engine: Schema.optional(openLiteral("mistral-ocr", "native", "cloudflare-ai", "pdf-text"))
        })
      )
    )
  }),
  { identifier: "FileParserPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FileParserPlugin = typeof FileParserPlugin.Type

/**
 * `{id: "response-healing"}` (repairs malformed JSON, non-streaming only).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseHealingPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("response-healing"),
    enabled: Schema.optional(Schema.Boolean)
  }),
  { identifier: "ResponseHealingPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ResponseHealingPlugin = typeof ResponseHealingPlugin.Type

/**
 * `{id: "context-compression", engine?: "middle-out"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompressionPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("context-compression"),
    enabled: Schema.optional(Schema.Boolean),
    engine: Schema.optional(openLiteral("middle-out"))
  }),
  { identifier: "ContextCompressionPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ContextCompressionPlugin = typeof ContextCompressionPlugin.Type

/**
 * `{id: "moderation"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModerationPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("moderation"),
    enabled: Schema.optional(Schema.Boolean)
  }),
  { identifier: "ModerationPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ModerationPlugin = typeof ModerationPlugin.Type

/**
 * `{id: "auto-router"}` (configures `openrouter/auto`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoRouterPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("auto-router"),
    enabled: Schema.optional(Schema.Boolean),
    allowed_models: Schema.optional(Schema.Array(Schema.String)),
    excluded_models: Schema.optional(Schema.Array(Schema.String)),
    cost_tier: Schema.optional(costTier),
    cost_quality_tradeoff: Schema.optional(Schema.Number),
    pin_model: Schema.optional(Schema.Boolean)
  }),
  { identifier: "AutoRouterPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type AutoRouterPlugin = typeof AutoRouterPlugin.Type

/**
 * `{id: "auto-beta-router"}` (configures `openrouter/auto-beta`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoBetaRouterPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("auto-beta-router"),
    enabled: Schema.optional(Schema.Boolean),
    allowed_models: Schema.optional(Schema.Array(Schema.String)),
    excluded_models: Schema.optional(Schema.Array(Schema.String)),
    cost_tier: Schema.optional(costTier),
    cost_quality_tradeoff: Schema.optional(Schema.Number)
  }),
  { identifier: "AutoBetaRouterPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type AutoBetaRouterPlugin = typeof AutoBetaRouterPlugin.Type

/**
 * `{id: "pareto-router"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParetoRouterPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("pareto-router"),
    enabled: Schema.optional(Schema.Boolean),
    min_coding_score: Schema.optional(Schema.Number),
    max_price: Schema.optional(Schema.Number),
    price_source: Schema.optional(openLiteral("prompt", "weighted_avg"))
  }),
  { identifier: "ParetoRouterPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ParetoRouterPlugin = typeof ParetoRouterPlugin.Type

/**
 * `{id: "fusion"}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("fusion"),
    enabled: Schema.optional(Schema.Boolean),
    preset: Schema.optional(openLiteral("general-high", "general-budget", "general-fast")),
    analysis_models: Schema.optional(Schema.Array(Schema.String)),
    model: Schema.optional(Schema.String),
    max_tool_calls: Schema.optional(Schema.Number),
    tools: Schema.optional(
      Schema.Array(
        tolerant(
          Schema.Struct({
            type: OpenString,
            parameters: Schema.optional(JsonObject)
          })
        )
      )
    )
  }),
  { identifier: "FusionPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FusionPlugin = typeof FusionPlugin.Type

/**
 * `{id: "switchyard-router", algorithm?}` (newer spec).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SwitchyardRouterPlugin = tolerant(
  Schema.Struct({
    id: Schema.Literal("switchyard-router"),
    enabled: Schema.optional(Schema.Boolean),
    algorithm: Schema.optional(Schema.String)
  }),
  { identifier: "SwitchyardRouterPlugin" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type SwitchyardRouterPlugin = typeof SwitchyardRouterPlugin.Type

/**
 * A plugin, discriminated on `id`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Plugin = Schema.Union(
  WebPlugin,
  WebFetchPlugin,
  FileParserPlugin,
  ResponseHealingPlugin,
  ContextCompressionPlugin,
  ModerationPlugin,
  AutoRouterPlugin,
  AutoBetaRouterPlugin,
  ParetoRouterPlugin,
  FusionPlugin,
  SwitchyardRouterPlugin
)

/**
 * @since 0.1.0
 * @category models
 */
export type Plugin = typeof Plugin.Type

// -----------------------------------------------------------------------------
// reasoning & misc
// -----------------------------------------------------------------------------

/**
 * Reasoning effort levels (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningEffort = openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")

/**
 * @since 0.1.0
 * @category models
 */
export type ReasoningEffort = typeof ReasoningEffort.Type

/**
 * The `reasoning` request object. Send `effort` *or* `max_tokens`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningConfig = tolerant(
  Schema.Struct({
    effort: optionalNullable(ReasoningEffort),
    /** Explicit thinking budget (Anthropic, Gemini, some Qwen). */
    max_tokens: optionalNullable(Schema.Number),
    /** Reason but do not return the reasoning. */
    exclude: optionalNullable(Schema.Boolean),
    /** Reasoning on at default effort. */
    enabled: optionalNullable(Schema.Boolean),
    summary: optionalNullable(openLiteral("auto", "concise", "detailed")),
    context: optionalNullable(openLiteral("auto", "all_turns", "current_turn")),
    mode: optionalNullable(openLiteral("standard", "pro"))
  }),
  { identifier: "ReasoningConfig" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ReasoningConfig = typeof ReasoningConfig.Type

/**
 * `trace` (forwarded to observability destinations); any extra keys allowed.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TraceConfig = tolerant(
  Schema.Struct(
    {
      trace_id: Schema.optional(Schema.String),
      trace_name: Schema.optional(Schema.String),
      span_name: Schema.optional(Schema.String),
      generation_name: Schema.optional(Schema.String),
      parent_span_id: Schema.optional(Schema.String)
    },
    PassThrough
  ),
  { identifier: "TraceConfig" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type TraceConfig = typeof TraceConfig.Type

/**
 * Output modalities (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const RequestModality = openLiteral("text", "image", "audio")

/**
 * @since 0.1.0
 * @category models
 */
export type RequestModality = typeof RequestModality.Type

/**
 * `web_search_options` (OpenAI-style; not in the spec's request schema).
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchOptions = tolerant(
  Schema.Struct({
    search_context_size: Schema.optional(openLiteral("low", "medium", "high")),
    user_location: optionalNullable(JsonObject),
    engine: Schema.optional(Schema.String),
    max_results: Schema.optional(Schema.Number)
  }),
  { identifier: "WebSearchOptions" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type WebSearchOptions = typeof WebSearchOptions.Type

/**
 * The chat completions request body. Only `messages` is required.
 *
 * Unknown keys (provider-specific pass-through parameters such as Mistral `safe_prompt`) are kept
 * by decode and encode. The `ChatRequest` type itself has no index signature (so `Omit`/`Pick`
 * and excess-property checks keep working); to write extras without a cast, type the value as
 * `ChatRequest & PassThroughFields`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatRequest = tolerant(
  Schema.Struct(
    {
      // model selection
      model: Schema.optional(Schema.String),
      /** Fallback list, tried in order. */
      models: Schema.optional(Schema.Array(Schema.String)),
      messages: Schema.Array(Message),
      // streaming
      stream: Schema.optional(Schema.Boolean),
      /** Deprecated, no effect: usage is always sent. */
      stream_options: optionalNullable(tolerant(Schema.Struct({ include_usage: Schema.optional(Schema.Boolean) }))),
      // length
      max_tokens: optionalNullable(Schema.Number),
      max_completion_tokens: optionalNullable(Schema.Number),
      // sampling
      temperature: optionalNullable(Schema.Number),
      top_p: optionalNullable(Schema.Number),
      top_k: optionalNullable(Schema.Number),
      frequency_penalty: optionalNullable(Schema.Number),
      presence_penalty: optionalNullable(Schema.Number),
      repetition_penalty: optionalNullable(Schema.Number),
      min_p: optionalNullable(Schema.Number),
      top_a: optionalNullable(Schema.Number),
      seed: optionalNullable(Schema.Number),
      stop: optionalNullable(Schema.Union(Schema.String, Schema.Array(Schema.String))),
      logit_bias: optionalNullable(Schema.Record({ key: Schema.String, value: Schema.Number })),
      logprobs: optionalNullable(Schema.Boolean),
      top_logprobs: optionalNullable(Schema.Number),
      // output shape
      response_format: Schema.optional(ResponseFormat),
      tools: Schema.optional(Schema.Array(Tool)),
      tool_choice: Schema.optional(ToolChoice),
      parallel_tool_calls: optionalNullable(Schema.Boolean),
      stop_server_tools_when: Schema.optional(
        Schema.Union(StopServerToolsCondition, Schema.Array(StopServerToolsCondition))
      ),
      prediction: optionalNullable(Prediction),
      modalities: Schema.optional(Schema.Array(RequestModality)),
      audio: Schema.optional(
        tolerant(Schema.Struct({ voice: Schema.optional(Schema.String), format: Schema.optional(Schema.String) }))
      ),
      image_config: Schema.optional(
        Schema.Record({
          key: Schema.String,
          value: Schema.Union(Schema.String, Schema.Number, Schema.Array(Schema.Unknown))
        })
      ),
      verbosity: optionalNullable(openLiteral("low", "medium", "high", "xhigh", "max")),
      web_search_options: Schema.optional(WebSearchOptions),
      // reasoning
      reasoning: Schema.optional(ReasoningConfig),
      reasoning_effort: optionalNullable(ReasoningEffort),
      /** Deprecated alias (inverse of `reasoning.exclude`). */
      include_reasoning: Schema.optional(Schema.Boolean),
      // OpenRouter routing / platform
      provider: optionalNullable(ProviderPreferences),
      plugins: Schema.optional(Schema.Array(Plugin)),
      /** Deprecated alias of `provider.sort.partition`. */
      route: optionalNullable(openLiteral("fallback", "sort")),
      /** Legacy (`["middle-out"]`); prefer the `context-compression` plugin. */
      transforms: Schema.optional(Schema.Array(Schema.String)),
      /** Deprecated, no effect. */
      usage: Schema.optional(tolerant(Schema.Struct({ include: Schema.optional(Schema.Boolean) }))),
      session_id: Schema.optional(Schema.String),
      trace: Schema.optional(TraceConfig),
      user: Schema.optional(Schema.String),
      metadata: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
      service_tier: optionalNullable(ServiceTier),
      // caching
      cache_control: Schema.optional(CacheControl),
      prompt_cache_key: optionalNullable(Schema.String),
      prompt_cache_options: optionalNullable(
        tolerant(Schema.Struct({ mode: openLiteral("explicit"), ttl: optionalNullable(Schema.String) }))
      ),
      // debugging
      debug: Schema.optional(tolerant(Schema.Struct({ echo_upstream_body: Schema.optional(Schema.Boolean) })))
    }
  ),
  { identifier: "ChatRequest" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ChatRequest = typeof ChatRequest.Type

/**
 * Index signature to intersect with a request type when writing provider-specific pass-through
 * parameters: `const body: ChatRequest & PassThroughFields = { messages, safe_prompt: true }`.
 * Declared fields keep their types; the extras are sent as they are.
 *
 * @since 0.1.0
 * @category models
 */
export type PassThroughFields = { readonly [key: string]: unknown }
